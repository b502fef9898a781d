package nl.databiobank.lims.launcher;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code ./lims stop}: asks the launcher to stop (SIGTERM, as Ctrl-C does) and waits until it has. */
final class Stop {

    private static final long TIMEOUT_SECONDS = 180;

    private Stop() {
    }

    static void stop(Settings settings) {
        Optional<ProcessHandle> launcher = LauncherPid.running(settings.pidFile());
        if (launcher.isEmpty()) {
            PayaraDomain domain = new PayaraDomain(settings.payaraHome(), settings.domainsDir(),
                    PayaraDomain.portsOfExisting(settings.domainsDir()).orElse(settings.ports()));
            System.out.println(leftovers(settings, domain) ? "Stopped." : "LIMS is not running (LIMS_HOME=" + settings.home() + ").");
            return;
        }
        System.out.println("Stopping LIMS (launcher pid " + launcher.get().pid() + ")");
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new LaunchFailure("The launcher (pid " + launcher.get().pid() + ") did not stop within "
                    + TIMEOUT_SECONDS + " s; see " + settings.home().resolve("lims.log") + ".");
        } catch (Exception e) {
            throw new LaunchFailure("Waiting for the launcher to stop failed: " + e);
        }
        System.out.println("Stopped.");
    }

    /**
     * Stops a Payara or PostgreSQL still running from this LIMS_HOME whose launcher is gone (kill -9, a crash).
     * Returns whether there was any.
     */
    static boolean leftovers(Settings settings, PayaraDomain domain) {
        Optional<ProcessHandle> payara = domain.process();
        payara.ifPresent(process -> {
            System.out.println("Stopping the Payara Server left running by a launcher that is gone (pid " + process.pid() + ")");
            domain.stop();
        });
        Optional<EmbeddedDatabase.RunningPostgres> postgres = EmbeddedDatabase.running(settings.postgresData());
        postgres.ifPresent(running -> {
            System.out.println("Stopping the PostgreSQL left running by a launcher that is gone (pid " + running.process().pid() + ")");
            running.stop();
        });
        return payara.isPresent() || postgres.isPresent();
    }
}
