package nl.databiobank.lims.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the environment variables of ./lims ask for, and where things live. */
record Settings(Path root, Path home, ServerPorts ports, Optional<Database> externalDatabase, boolean demo) {

    static Settings from(Map<String, String> env, Path root) {
        Path home = Path.of(env.getOrDefault("LIMS_HOME", root.resolve(".lims").toString())).toAbsolutePath().normalize();
        ServerPorts ports = new ServerPorts(port(env, "LIMS_HTTP_PORT", 8080), port(env, "LIMS_ADMIN_PORT", 4848));
        Optional<Database> external = externalDatabase(env);
        // Demo users on a real (external) database would be a security hole, so there it is opt-in.
        boolean demo = flag(env, "LIMS_DEMO", external.isEmpty());
        return new Settings(root, home, ports, external, demo);
    }

    Path payaraHome() {
        return root.resolve("launcher/target/payara6");
    }

    Path ear() {
        return root.resolve("ear/target/lims.ear");
    }

    Path postgresData() {
        return home.resolve("pgdata");
    }

    /** The Payara domain holds nothing of value (all data is in PostgreSQL), so it is recreated at will. */
    Path domainsDir() {
        return home.resolve("payara");
    }

    Path demoLogins() {
        return home.resolve("demo-logins.txt");
    }

    Path pidFile() {
        return home.resolve("lims.pid");
    }

    URI url() {
        return URI.create("http://localhost:" + ports.http() + "/");
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LaunchFailure(variable + "=" + value + " is not a port number (1-65535).");
    }

    private static boolean flag(Map<String, String> env, String variable, boolean defaultValue) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new LaunchFailure(variable + "=" + value + " must be true or false.");
    }

    private static Optional<Database> externalDatabase(Map<String, String> env) {
        String url = env.get("LIMS_DB_URL");
        String user = env.get("LIMS_DB_USER");
        String password = env.get("LIMS_DB_PASSWORD");
        if (url == null && user == null && password == null) {
            return Optional.empty();
        }
        if (url == null || user == null || password == null) {
            throw new LaunchFailure("Set all three of LIMS_DB_URL, LIMS_DB_USER and LIMS_DB_PASSWORD to use an external"
                    + " PostgreSQL, or none of them to use the embedded one.");
        }
        return Optional.of(new Database(url, user, password));
    }
}
