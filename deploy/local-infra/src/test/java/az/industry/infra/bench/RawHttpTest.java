package az.industry.infra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RawHttpTest {

    /** Answers each request read from one connection with the next of {@code answers}, then closes. */
    private static ServerSocket server(List<String> answers) throws Exception {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                for (String answer : answers) {
                    readHead(in);
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (Exception e) {
                // the test fails on the client side
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static void readHead(InputStream in) throws Exception {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Test
    void readsLengthAndChunkedAnswersOnOneKeptAliveConnection() throws Exception {
        try (ServerSocket server = server(List.of(
                "HTTP/1.1 201 Created\r\nContent-Length: 11\r\nIdempotency-Replayed: true\r\n\r\n{\"id\":\"1\"}\n",
                "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4\r\nabcd\r\n3;x=y\r\nefg\r\n0\r\n\r\n"));
                RawHttp http = new RawHttp("127.0.0.1", server.getLocalPort())) {
            byte[] get = (RawHttp.head("GET", "127.0.0.1", server.getLocalPort(), "/x") + "\r\n").getBytes(StandardCharsets.US_ASCII);
            RawHttp.Response first = http.exchange(get);
            assertEquals(201, first.status());
            assertEquals("{\"id\":\"1\"}\n", first.text());
            assertTrue(first.replayed());
            RawHttp.Response second = http.exchange(get);
            assertEquals(200, second.status());
            assertEquals("abcdefg", second.text());
            assertFalse(second.replayed());
        }
    }

    @Test
    void headNamesHostAndHeaders() {
        assertEquals("POST /api/x HTTP/1.1\r\nHost: 127.0.0.1:8081\r\nA: b\r\n", RawHttp.head("POST", "127.0.0.1", 8081, "/api/x", "A: b"));
    }
}
