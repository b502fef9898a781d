package nl.databiobank.lims.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Payara domain's ports. Only the HTTP and the admin port are chosen; the others follow the HTTP port
 * the way GlassFish's --portbase does (base = HTTP port - 80: HTTPS on base+81, JMX on base+86, ...), so that
 * two instances with different LIMS_HTTP_PORT and LIMS_ADMIN_PORT run side by side.
 */
record ServerPorts(int http, int admin) {

    /** One port of the domain; {@code createDomainProperty} is its name in asadmin create-domain --domainproperties. */
    record Port(String purpose, int number, String createDomainProperty, boolean checked) {
    }

    ServerPorts {
        int base = http - 80;
        if (base + 9 < 1 || base + 91 > 65535) {
            throw new LaunchFailure("LIMS_HTTP_PORT=" + http + " leaves no room for the server's other ports"
                    + " (LIMS_HTTP_PORT-71 to LIMS_HTTP_PORT+11); choose a port between 1024 and 65000.");
        }
    }

    List<Port> derived() {
        int base = http - 80;
        return List.of(
                new Port("HTTPS", base + 81, "http.ssl.port", true),
                new Port("IIOP", base + 37, "orb.listener.port", true),
                new Port("IIOP/SSL", base + 38, "orb.ssl.port", true),
                new Port("IIOP/SSL mutual auth", base + 39, "orb.mutualauth.port", true),
                new Port("JMS", base + 76, "jms.port", true),
                new Port("JMX", base + 86, "domain.jmxPort", true),
                new Port("OSGi shell", base + 66, "osgi.shell.telnet.port", true),
                // Opened only by a debug start, or by Hazelcast, which the launcher turns off (PayaraDomain).
                new Port("Java debugger", base + 9, "java.debugger.port", false),
                new Port("Hazelcast", base + 90, "hazelcast.das.port", false),
                new Port("Hazelcast (instances)", base + 91, "hazelcast.start.port", false));
    }

    String createDomainProperties() {
        return derived().stream()
                .map(port -> port.createDomainProperty() + "=" + port.number())
                .collect(Collectors.joining(":"));
    }

    /** Fails, naming the variable that moves it, when any port the server will open is taken. */
    void checkFree() {
        List<String> problems = new ArrayList<>();
        if (!isFree(http)) {
            problems.add("Port " + http + " (HTTP) is in use. Set LIMS_HTTP_PORT to a free port.");
        }
        if (!isFree(admin)) {
            problems.add("Port " + admin + " (Payara admin) is in use. Set LIMS_ADMIN_PORT to a free port.");
        }
        for (Port port : derived()) {
            if (port.number() == admin) {
                problems.add("LIMS_ADMIN_PORT=" + admin + " is also the " + port.purpose() + " port, which follows"
                        + " LIMS_HTTP_PORT=" + http + ". Choose another LIMS_ADMIN_PORT.");
            } else if (port.checked() && !isFree(port.number())) {
                problems.add("Port " + port.number() + " (" + port.purpose() + ", LIMS_HTTP_PORT" + signed(port.number() - http)
                        + ") is in use. Set LIMS_HTTP_PORT to another port; the server also uses the ports from"
                        + " LIMS_HTTP_PORT-71 to LIMS_HTTP_PORT+11.");
            }
        }
        if (!problems.isEmpty()) {
            throw new LaunchFailure(String.join("\n", problems));
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String signed(int offset) {
        return offset < 0 ? String.valueOf(offset) : "+" + offset;
    }
}
