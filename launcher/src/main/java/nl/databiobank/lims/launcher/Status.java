package nl.databiobank.lims.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code ./lims status}: what runs from this LIMS_HOME. Exit code 0 when the application answers, else 3. */
final class Status {

    private Status() {
    }

    static int print(Settings settings) {
        // The ports the domain was made with, which may differ from this shell's LIMS_HTTP_PORT/LIMS_ADMIN_PORT.
        ServerPorts ports = PayaraDomain.portsOfExisting(settings.domainsDir()).orElse(settings.ports());
        PayaraDomain domain = new PayaraDomain(settings.payaraHome(), settings.domainsDir(), ports);
        Optional<ProcessHandle> payara = domain.process();
        URI url = URI.create("http://localhost:" + ports.http() + "/");
        boolean answers = payara.isPresent() && Application.answers(url);

        line("LIMS_HOME", settings.home().toString());
        line("launcher", LauncherPid.running(settings.pidFile())
                .map(process -> "running, pid " + process.pid()).orElse("not running"));
        line("PostgreSQL", EmbeddedDatabase.running(settings.postgresData())
                .map(postgres -> "embedded, running, pid " + postgres.process().pid() + ", port " + postgres.port()
                        + ", data in " + settings.postgresData())
                // Payara's own environment tells which database a running server uses, whatever this shell says.
                .or(() -> payara.flatMap(process -> environmentVariable(process, "LIMS_DB_URL")).map(databaseUrl -> "external, " + databaseUrl))
                .orElse(settings.externalDatabase().map(database -> "external, " + database.url())
                        .orElse("embedded, not running")));
        line("Payara", payara.map(process -> "running, pid " + process.pid() + ", admin port " + ports.admin()
                + ", log " + domain.serverLog()).orElse("not running"));
        line("application", (answers ? "answers at " : "does not answer at ") + url);
        return answers ? 0 : 3;
    }

    private static void line(String what, String state) {
        System.out.printf("%-12s %s%n", what, state);
    }

    private static Optional<String> environmentVariable(ProcessHandle process, String name) {
        try {
            String environment = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "environ"),
                    StandardCharsets.UTF_8);
            for (String entry : environment.split("\0")) {
                if (entry.startsWith(name + "=")) {
                    return Optional.of(entry.substring(name.length() + 1));
                }
            }
        } catch (IOException e) {
            // not Linux, or the process is gone
        }
        return Optional.empty();
    }
}
