package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Small helpers for ports: find a free one on loopback, tell whether one is listening. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";

    /** Ports this JVM handed out: the system may offer a port again once its probe socket is closed. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port that was free a moment ago on the loopback interface and that this JVM has not handed out before (two
     * calls in a row could otherwise get the same port, e.g. a broker's and its controller's listener).
     */
    public static int free() {
        for (;;) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether something accepts TCP connections on {@code 127.0.0.1:port}. */
    public static boolean listening(int port) {
        return listening(LOOPBACK, port);
    }

    /** Whether something accepts TCP connections on {@code host:port} (within 300 ms). */
    public static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
