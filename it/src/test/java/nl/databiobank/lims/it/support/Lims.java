package nl.databiobank.lims.it.support;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the application under test lives: everything comes from failsafe's configuration in it/pom.xml. */
public final class Lims {

    private Lims() {
    }

    static boolean runsUnderFailsafe() {
        return System.getenv("LIMS_DB_URL") != null && System.getProperty("lims.it.dbPort") != null;
    }

    public static URI baseUrl() {
        return URI.create(required("lims.baseUrl"));
    }

    public static URI url(String path) {
        return baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public static Path ear() {
        return Paths.get(required("lims.ear")).normalize();
    }

    public static Path home() {
        return Paths.get(requiredEnv("LIMS_HOME"));
    }

    public static String dbUrl() {
        return requiredEnv("LIMS_DB_URL");
    }

    public static String dbUser() {
        return requiredEnv("LIMS_DB_USER");
    }

    public static String dbPassword() {
        return requiredEnv("LIMS_DB_PASSWORD");
    }

    static int dbPort() {
        return Integer.parseInt(required("lims.it.dbPort"));
    }

    static int chromedriverPort() {
        return Integer.parseInt(required("lims.it.chromedriverPort"));
    }

    /** Scratch space of this run (database files, browser profile) under target/. */
    static Path workDir() {
        return Paths.get(required("lims.it.workDir"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the tests with Maven (./mvnw verify), which configures them in it/pom.xml");
        }
        return value;
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name
                    + " is not set: run the tests with Maven (./mvnw verify), which configures them in it/pom.xml");
        }
        return value;
    }
}
