package nl.databiobank.lims.barcode.label.zpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Against printers simulated by server sockets on the loopback address only. */
class RawTcpPrinterTest {

    private static final String LOOPBACK = "127.0.0.1";

    @Test
    void sendsTheZplAsIsAndCloses() throws Exception {
        String zpl = "^XA\n^FO10,10^A0N,20,20^FDS0000000011^FS\n^XZ\n".repeat(50);
        try (ServerSocket printer = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> readUntilClosed(printer));
            new RawTcpPrinter(LOOPBACK, printer.getLocalPort(), Duration.ofSeconds(5)).send(zpl);
            assertEquals(zpl, received.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aPrinterThatStopsReadingTimesOut() throws Exception {
        try (ServerSocket printer = new ServerSocket()) {
            // A small window: the sender blocks as soon as the printer stops reading.
            printer.setReceiveBufferSize(4096);
            printer.bind(new InetSocketAddress(LOOPBACK, 0), 1);
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> accept(printer));
            RawTcpPrinter sender = new RawTcpPrinter(LOOPBACK, printer.getLocalPort(), Duration.ofMillis(300));
            String large = "^XA^FO10,10^FDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx^FS^XZ\n".repeat(200_000);

            long started = System.nanoTime();
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class, () -> sender.send(large));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(e.getMessage().contains("127.0.0.1:" + printer.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("within 300 ms"), e.getMessage());
            assertTrue(millis >= 290 && millis < 3000, "gave up after " + millis + " ms");
            accepted.get(5, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void anUnreachablePrinterIsNamedInTheError() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            closedPort = gone.getLocalPort();
        }
        RawTcpPrinter printer = new RawTcpPrinter(LOOPBACK, closedPort, Duration.ofSeconds(2));
        IOException e = assertThrows(IOException.class, () -> printer.send("^XA^XZ"));
        assertTrue(e.getMessage().startsWith("Cannot send labels to printer 127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RawTcpPrinter(" ", 9100, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RawTcpPrinter(LOOPBACK, 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RawTcpPrinter(LOOPBACK, 9100, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RawTcpPrinter.at(LOOPBACK).send(""));
    }

    private static String readUntilClosed(ServerSocket server) {
        try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Socket accept(ServerSocket server) {
        try {
            return server.accept();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
