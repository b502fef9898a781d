package nl.databiobank.lims.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** PostgreSQL 17 from Maven Central (zonky's binaries), its data kept between runs. */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // The launcher stops PostgreSQL itself, after Payara, not in a shutdown hook of its own.
                    .setRegisterShutdownHook(false)
                    // zonky turns this off to speed up tests; a system of record must not lose committed data.
                    .setServerConfig("synchronous_commit", "on")
                    // Without it the server's log goes to pg_ctl's pipe and is lost; now it is in pgdata/log.
                    .setServerConfig("logging_collector", "on")
                    // The first start unpacks the binaries and runs initdb; a busy machine needs more than 10 s.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new LaunchFailure("The embedded PostgreSQL did not start: " + e.getMessage()
                    + "\nIts log is in " + dataDirectory.resolve("log") + ".", e);
        }
    }

    /** The contract's credentials for the embedded database; it trusts local connections anyway. */
    Database database() {
        return new Database("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postmaster that runs on this data directory, read from its postmaster.pid. */
    static Optional<RunningPostgres> running(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return ProcessHandle.of(pid)
                    .filter(process -> process.info().command().orElse("").endsWith("postgres"))
                    .map(process -> new RunningPostgres(process, port));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    record RunningPostgres(ProcessHandle process, int port) {

        /** SIGTERM: PostgreSQL's "smart" shutdown, which waits for its clients (Payara is stopped first). */
        void stop() {
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new LaunchFailure("PostgreSQL (pid " + process.pid() + ") did not stop within 60 s: " + e);
            }
        }
    }
}
