package nl.databiobank.lims.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code ./lims run}: PostgreSQL, Payara, the EAR; then waits until stopped. A shutdown hook (SIGTERM, which
 * ./lims sends on Ctrl-C and ./lims stop sends directly) undeploys, stops Payara, then PostgreSQL. Undeploying
 * first keeps the next start from deploying the application twice (once from the domain, once by us).
 */
final class Run {

    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(3);

    private final Settings settings;
    private final PayaraDomain domain;
    private final boolean inBackground;

    // Start-up steps and the stop synchronize on "this": a stop waits for the step under way, then undoes
    // what the steps did; the start-up goes no further once a stop was asked for.
    private volatile boolean stopRequested;
    private Database database;
    private EmbeddedDatabase embeddedDatabase;
    private boolean payaraMayRun;
    private boolean deployed;

    Run(Settings settings, boolean inBackground) {
        this.settings = settings;
        this.domain = new PayaraDomain(settings.payaraHome(), settings.domainsDir(), settings.ports());
        this.inBackground = inBackground;
    }

    void startAndWait() {
        long started = System.nanoTime();
        if (!Files.isRegularFile(settings.ear())) {
            throw new LaunchFailure(settings.ear() + " is missing; build with ./mvnw -DskipTests install.");
        }
        LauncherPid.claim(settings.pidFile());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "lims-stop"));

        step(() -> Stop.leftovers(settings, domain));
        step(settings.ports()::checkFree);
        // Creating a domain takes 10-20 s, mostly asadmin's own work; PostgreSQL starts meanwhile.
        CompletableFuture<Void> domainPrepared = CompletableFuture.runAsync(domain::prepare);
        step(this::startDatabase);
        step(() -> database.checkReachable(settings.externalDatabase().isPresent()
                ? "Check LIMS_DB_URL, LIMS_DB_USER and LIMS_DB_PASSWORD, or unset all three to use the embedded PostgreSQL."
                : "The embedded PostgreSQL started but does not answer; its log is in " + settings.postgresData().resolve("log")));
        step(() -> awaitDomain(domainPrepared));
        step(this::startPayara);
        step(this::deploy);
        step(this::awaitAnswer);
        printWelcome(Duration.ofNanos(System.nanoTime() - started));

        domain.process().ifPresent(payara -> payara.onExit().join());
        if (!stopRequested) {
            throw new LaunchFailure("Payara Server stopped unexpectedly; see " + domain.serverLog());
        }
    }

    private void startDatabase() {
        if (settings.externalDatabase().isPresent()) {
            database = settings.externalDatabase().get();
            say("Using the database " + database);
        } else {
            say("Starting PostgreSQL (embedded; data in " + settings.postgresData() + ")");
            embeddedDatabase = EmbeddedDatabase.start(settings.postgresData());
            database = embeddedDatabase.database();
        }
    }

    private static void awaitDomain(CompletableFuture<Void> domainPrepared) {
        try {
            domainPrepared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void startPayara() {
        say("Starting Payara Server (HTTP port " + settings.ports().http() + ", admin port " + settings.ports().admin()
                + "; log in " + domain.serverLog() + ")");
        payaraMayRun = true;
        // The EAR's datasource and the application read these from the server's environment.
        domain.start(Map.of(
                "LIMS_DB_URL", database.url(),
                "LIMS_DB_USER", database.user(),
                "LIMS_DB_PASSWORD", database.password(),
                "LIMS_DEMO", String.valueOf(settings.demo()),
                "LIMS_HOME", settings.home().toString()));
    }

    private void deploy() {
        say("Deploying " + settings.root().relativize(settings.ear()));
        domain.deploy(settings.ear());
        deployed = true;
    }

    private void awaitAnswer() {
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (!Application.answers(settings.url())) {
            if (System.nanoTime() > deadline) {
                throw new LaunchFailure("The application does not answer at " + settings.url().resolve("login.xhtml")
                        + " after " + ANSWER_TIMEOUT.toMinutes() + " minutes; see " + domain.serverLog());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StopRequested();
            }
        }
    }

    private void printWelcome(Duration startUp) {
        StringBuilder welcome = new StringBuilder("\n")
                .append(Application.READY_LINE).append(' ').append(settings.url())
                .append("  (started in ").append(startUp.toSeconds()).append(" s)\n");
        if (settings.demo()) {
            welcome.append(Application.demoLogins(settings.demoLogins()));
        }
        welcome.append(inBackground ? "Stop it with ./lims stop.\n" : "Stop it with Ctrl-C.\n");
        System.out.print(welcome);
        System.out.flush();
    }

    private void stop() {
        stopRequested = true;
        synchronized (this) {
            // Payara may have died by itself (then only PostgreSQL is left to stop).
            boolean payaraRuns = payaraMayRun && domain.process().isPresent();
            if (payaraRuns && deployed) {
                say("Undeploying");
                reportFailure(domain::undeploy);
            }
            if (payaraRuns) {
                say("Stopping Payara Server");
                reportFailure(domain::stop);
            }
            if (embeddedDatabase != null) {
                say("Stopping PostgreSQL");
                reportFailure(embeddedDatabase::close);
            }
            LauncherPid.release(settings.pidFile());
            if (payaraRuns || embeddedDatabase != null) {
                say("Stopped.");
            }
        }
    }

    private synchronized void step(Runnable action) {
        if (stopRequested) {
            throw new StopRequested();
        }
        action.run();
    }

    /** While stopping, one failed part must not keep the others running. */
    private static void reportFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
        }
    }

    private static void say(String message) {
        System.out.println(message);
        System.out.flush();
    }

    /** Ends the start-up quietly: the shutdown hook is already undoing it. */
    static final class StopRequested extends RuntimeException {
        StopRequested() {
            super(null, null, false, false);
        }
    }
}
