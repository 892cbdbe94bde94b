package az.industry.common.http;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;

/**
 * JSON bodies are UTF-8 (RFC 8259): one that begins as UTF-16 or UTF-32 would (a NUL byte among the first four, or a
 * UTF-16 byte-order mark), which Jackson would otherwise decode on a guess, answers 400 problem+json.
 */
@Provider
@Priority(200)
public class Utf8Json implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 4);
            byte[] head = in.readNBytes(4);
            check(head, head.length);
            in.unread(head);
            context.setInputStream(in);
        }
        return context.proceed();
    }

    /** Throws the 400 problem when the first {@code n} bytes of a body are not how UTF-8 JSON can begin. */
    public static void check(byte[] head, int n) {
        boolean bom16 = n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        boolean nul = false;
        for (int i = 0; i < Math.min(4, n); i++) {
            nul |= head[i] == 0;
        }
        if (bom16 || nul) {
            throw ProblemException.invalid(List.of(new Violation("body", "JSON must be UTF-8 text (RFC 8259)")));
        }
    }
}
