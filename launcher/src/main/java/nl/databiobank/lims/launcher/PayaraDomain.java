package nl.databiobank.lims.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Payara Server domain "lims" under $LIMS_HOME/payara, driven with asadmin. */
final class PayaraDomain {

    static final String NAME = "lims";
    static final String APPLICATION = "lims";

    /**
     * Edits to the new domain.xml, each an exact text of Payara's template and its replacement (asadmin would
     * need a running server and a restart to do the same).
     * The heap: Payara's default of 512 MB is tight for PrimeFaces sessions and large imports; 768 MB keeps
     * the whole process (heap, metaspace, threads) under 1 GB resident.
     * Hazelcast (Payara's data grid, for clusters) is off: one server needs none of it, and it costs
     * seconds of start-up and a port that could join another instance's grid on this machine.
     */
    private static final Map<String, String> DOMAIN_XML_EDITS = Map.of(
            "<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>-Xmx768m</jvm-options>",
            "<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>",
            "<hazelcast-config-specific-configuration enabled=\"false\"></hazelcast-config-specific-configuration>");

    private static final Pattern DEPLOYED = Pattern.compile("<application [^>]*name=\"" + APPLICATION + "\"");

    /** Written next to domain.xml: what the domain was made for, to tell when it must be made anew. */
    private static final String MARKER = "lims-launcher.properties";

    private final Path payaraHome;
    private final Path domainsDir;
    private final ServerPorts ports;

    PayaraDomain(Path payaraHome, Path domainsDir, ServerPorts ports) {
        this.payaraHome = payaraHome;
        this.domainsDir = domainsDir;
        this.ports = ports;
    }

    Path directory() {
        return domainsDir.resolve(NAME);
    }

    Path serverLog() {
        return directory().resolve("logs/server.log");
    }

    /** The ports the existing domain was created with; {@code ./lims status} trusts them over the environment. */
    static Optional<ServerPorts> portsOfExisting(Path domainsDir) {
        return readMarker(domainsDir.resolve(NAME)).map(marker -> new ServerPorts(
                Integer.parseInt(marker.getProperty("http.port")), Integer.parseInt(marker.getProperty("admin.port"))));
    }

    /**
     * Creates the domain unless the existing one was made for these ports and this Payara and holds no
     * deployment (one left behind by an unclean stop would be deployed a second time on start).
     */
    void prepare() {
        Properties wanted = new Properties();
        wanted.setProperty("http.port", String.valueOf(ports.http()));
        wanted.setProperty("admin.port", String.valueOf(ports.admin()));
        wanted.setProperty("payara.version", installedVersion());
        if (wanted.equals(readMarker(directory()).orElse(null)) && !holdsDeployment()) {
            return;
        }
        deleteRecursively(directory());
        asadmin(Map.of(), "create-domain", "--nopassword", "--checkports=false",
                "--domaindir", domainsDir.toString(),
                "--adminport", String.valueOf(ports.admin()), "--instanceport", String.valueOf(ports.http()),
                "--domainproperties", ports.createDomainProperties(), NAME);
        editDomainXml();
        try (Writer out = Files.newBufferedWriter(directory().resolve(MARKER))) {
            wanted.store(out, "ports and Payara version of this domain");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server; {@code environment} reaches the server process (the EAR's datasource reads it). */
    void start(Map<String, String> environment) {
        asadmin(environment, "start-domain", "--domaindir", domainsDir.toString(), NAME);
    }

    void deploy(Path ear) {
        asadmin(Map.of(), "deploy", "--name", APPLICATION, "--force=true", ear.toString());
    }

    void undeploy() {
        asadmin(Map.of(), "undeploy", APPLICATION);
    }

    void stop() {
        asadmin(Map.of(), "stop-domain", "--domaindir", domainsDir.toString(), NAME);
    }

    /** The server process, from the pid file Payara writes while it runs. */
    Optional<ProcessHandle> process() {
        return running(directory());
    }

    static Optional<ProcessHandle> running(Path domainDirectory) {
        try {
            long pid = Long.parseLong(Files.readString(domainDirectory.resolve("config/pid")).trim());
            return ProcessHandle.of(pid).filter(process -> process.info().commandLine().orElse("")
                    .contains(domainDirectory.toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean holdsDeployment() {
        try {
            return DEPLOYED.matcher(Files.readString(directory().resolve("config/domain.xml"))).find();
        } catch (IOException e) {
            return true;
        }
    }

    private void editDomainXml() {
        Path domainXml = directory().resolve("config/domain.xml");
        try {
            String xml = Files.readString(domainXml);
            for (Map.Entry<String, String> edit : DOMAIN_XML_EDITS.entrySet()) {
                if (!xml.contains(edit.getKey())) {
                    throw new LaunchFailure("Payara's new domain.xml lacks " + edit.getKey() + "; teach"
                            + " PayaraDomain.DOMAIN_XML_EDITS this Payara version.");
                }
                xml = xml.replace(edit.getKey(), edit.getValue());
            }
            Files.writeString(domainXml, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String installedVersion() {
        Properties version = new Properties();
        try (InputStream in = Files.newInputStream(payaraHome.resolve("glassfish/config/branding/glassfish-version.properties"))) {
            version.load(in);
        } catch (IOException e) {
            throw new LaunchFailure("Payara Server is missing from " + payaraHome + "; build with ./mvnw -DskipTests install.", e);
        }
        return version.getProperty("major_version") + "." + version.getProperty("minor_version") + "."
                + version.getProperty("update_version");
    }

    private static Optional<Properties> readMarker(Path domainDirectory) {
        Properties marker = new Properties();
        try (InputStream in = Files.newInputStream(domainDirectory.resolve(MARKER))) {
            marker.load(in);
            return Optional.of(marker);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void asadmin(Map<String, String> environment, String subcommand, String... arguments) {
        List<String> command = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString(),
                "--interactive=false", "--port", String.valueOf(ports.admin()), subcommand));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> processEnvironment = builder.environment();
        processEnvironment.putAll(environment);
        // asadmin and the server it starts run on the launcher's JDK, the one ./lims checked.
        processEnvironment.put("AS_JAVA", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new LaunchFailure("asadmin " + subcommand + " failed:\n" + output.strip()
                        + "\nPayara's log: " + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("Interrupted while running asadmin " + subcommand);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
