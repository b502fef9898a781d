package nl.databiobank.lims.barcode.label.zpl;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends ZPL to a network label printer over raw TCP ("JetDirect", port 9100), as Zebra
 * printers accept it. The whole send, connect included, must finish within the timeout: a
 * printer that is off, out of labels or busy would otherwise hold a server thread forever
 * (a blocking socket write has no timeout of its own).
 */
public final class RawTcpPrinter {

    public static final int RAW_PORT = 9100;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String host;
    private final int port;
    private final Duration timeout;

    public RawTcpPrinter(String host, int port, Duration timeout) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("A printer needs a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port must be 1 to 65535, not " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The printer timeout must be positive");
        }
        this.host = host.strip();
        this.port = port;
        this.timeout = timeout;
    }

    /** A printer on port 9100 with a 10 s timeout. */
    public static RawTcpPrinter at(String host) {
        return new RawTcpPrinter(host, RAW_PORT, DEFAULT_TIMEOUT);
    }

    /**
     * Connects, sends {@code zpl} and closes. Throws {@link SocketTimeoutException} when the
     * printer does not take everything in time, and another {@link IOException} when it
     * cannot be reached; either way the message names the printer.
     */
    public void send(String zpl) throws IOException {
        if (zpl == null || zpl.isBlank()) {
            throw new IllegalArgumentException("There is no ZPL to send");
        }
        ByteBuffer data = ByteBuffer.wrap(zpl.getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Selector selector = Selector.open(); SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(new InetSocketAddress(host, port))) {
                await(selector, channel, SelectionKey.OP_CONNECT, deadline, "accept a connection");
                channel.finishConnect();
            }
            while (data.hasRemaining()) {
                if (channel.write(data) == 0) {
                    await(selector, channel, SelectionKey.OP_WRITE, deadline, "take all " + data.capacity() + " bytes of ZPL");
                }
            }
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("Cannot send labels to printer " + address() + ": " + e.getMessage(), e);
        }
    }

    private void await(Selector selector, SocketChannel channel, int operation, long deadline, String what) throws IOException {
        SelectionKey key = channel.register(selector, operation);
        try {
            while (true) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000;
                if (remaining <= 0) {
                    throw new SocketTimeoutException("Printer " + address() + " did not " + what + " within "
                            + timeout.toMillis() + " ms");
                }
                if (selector.select(remaining) > 0) {
                    selector.selectedKeys().clear();
                    return;
                }
            }
        } finally {
            key.interestOps(0);
        }
    }

    private String address() {
        return host + ":" + port;
    }
}
