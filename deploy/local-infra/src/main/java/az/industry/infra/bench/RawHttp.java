package az.industry.infra.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One keep-alive HTTP/1.1 connection over a plain socket: sends prepared request bytes, reads one answer. */
final class RawHttp implements AutoCloseable {

    /** One answer: its status, its body and whether it was an {@code Idempotency-Replayed} replay. */
    record Response(int status, byte[] body, boolean replayed) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[8192];

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The request head up to the blank line: {@code METHOD path HTTP/1.1}, Host, then {@code headers} (each "Name: value"). */
    static String head(String method, String host, int port, String path, String... headers) {
        StringBuilder b = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        for (String header : headers) {
            b.append(header).append("\r\n");
        }
        return b.toString();
    }

    /** Sends {@code parts} back to back as one request (no copy) and reads its answer; reconnects if the connection was closed. */
    Response exchange(byte[]... parts) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(120_000);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 65536);
        out = new BufferedOutputStream(socket.getOutputStream(), 16384);
    }

    private Response read() throws IOException {
        String status = readLine();
        if (status == null) {
            throw new IOException("connection closed by the server");
        }
        // HTTP/1.1 201 Created
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        boolean replayed = false;
        for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("transfer-encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            } else if (name.equalsIgnoreCase("connection")) {
                close = value.equalsIgnoreCase("close");
            } else if (name.equalsIgnoreCase("idempotency-replayed")) {
                replayed = value.equalsIgnoreCase("true");
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunked();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new IOException("connection closed in the middle of an answer");
            }
        } else {
            body = in.readAllBytes(); // no length: the body ends with the connection
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(code, body, replayed);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (;;) {
            String size = readLine();
            if (size == null) {
                throw new IOException("connection closed in the middle of a chunked answer");
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers: none the bench needs
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            readLine();
        }
    }

    /** One line without its CRLF (ASCII), or null at the end of the stream. */
    private String readLine() throws IOException {
        int n = 0;
        for (;;) {
            int b = in.read();
            if (b < 0) {
                return n == 0 ? null : new String(line, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                if (n > 0 && line[n - 1] == '\r') {
                    n--;
                }
                return new String(line, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (n == line.length) {
                throw new IOException("header line longer than " + line.length + " bytes");
            }
            line[n++] = (byte) b;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
    }
}
