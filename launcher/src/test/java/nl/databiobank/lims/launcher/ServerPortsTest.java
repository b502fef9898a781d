package nl.databiobank.lims.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ServerPortsTest {

    @Test
    void derivesTheOtherPortsFromTheHttpPortLikeGlassFishPortbase() {
        String properties = new ServerPorts(18080, 14848).createDomainProperties();

        assertTrue(properties.contains("http.ssl.port=18081"));
        assertTrue(properties.contains("domain.jmxPort=18086"));
        assertTrue(properties.contains("orb.listener.port=18037"));
        assertTrue(properties.contains("java.debugger.port=18009"));
        assertFalse(properties.contains("4848"));
    }

    @Test
    void namesTheVariableThatMovesATakenPort() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int httpPort = taken.getLocalPort();
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> new ServerPorts(httpPort, freePort()).checkFree());

            assertTrue(failure.getMessage().contains("Set LIMS_HTTP_PORT"), failure.getMessage());
        }
    }

    @Test
    void refusesAnAdminPortThatIsOneOfTheDerivedPorts() {
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> new ServerPorts(18080, 18081).checkFree());

        assertTrue(failure.getMessage().contains("Choose another LIMS_ADMIN_PORT"), failure.getMessage());
    }

    @Test
    void refusesAnHttpPortWithoutRoomForTheDerivedOnes() {
        assertThrows(LaunchFailure.class, () -> new ServerPorts(60, 4848));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
