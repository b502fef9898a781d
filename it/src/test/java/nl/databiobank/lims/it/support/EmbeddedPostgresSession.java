package nl.databiobank.lims.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Starts the PostgreSQL that Payara's application will use, once per test JVM, before any test class (and so
 * before Arquillian starts Payara). Failsafe puts the app's configuration (LIMS_DB_URL, LIMS_HOME, ...) into
 * this JVM's environment; Payara inherits it, and here we only make it true: the database listens on the
 * reserved port with a fresh data directory, and LIMS_HOME holds no demo logins of an earlier run.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresSession.class.getName());

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Lims.runsUnderFailsafe()) {
            return; // an IDE running a single class without the Maven configuration: nothing to start
        }
        try {
            Directories.recreate(Lims.home());
            Path dataDir = Lims.workDir().resolve("pgdata");
            stopLeftoverPostgres(dataDir);
            Directories.recreate(dataDir);
            long started = System.nanoTime();
            postgres = EmbeddedPostgres.builder()
                    .setPort(Lims.dbPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .start();
            LOG.info(() -> "PostgreSQL on port " + Lims.dbPort() + " started in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + Lims.dbPort(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A PostgreSQL of an earlier run whose JVM was killed still owns the data directory: stop it first. */
    private static void stopLeftoverPostgres(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                .ifPresent(postgres -> {
                    LOG.warning(() -> "Stopping PostgreSQL " + pid + " left running by an earlier run in " + dataDir);
                    postgres.destroy();
                    try {
                        postgres.onExit().get(30, TimeUnit.SECONDS);
                    } catch (InterruptedException | ExecutionException | TimeoutException e) {
                        postgres.destroyForcibly();
                    }
                });
    }
}
