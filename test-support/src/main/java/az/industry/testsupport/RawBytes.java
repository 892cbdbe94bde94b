package az.industry.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Raw bytes spliced between UTF-8 text, and bytes written as hex for a case's name. */
final class RawBytes {

    private RawBytes() {
    }

    /** {@code head} and {@code tail} in UTF-8 with {@code middle}, as it is, between them. */
    static byte[] splice(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x & 0xFF));
        }
        return s.toString();
    }
}
