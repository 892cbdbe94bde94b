package az.industry.common.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import az.industry.common.problem.ProblemException;

/**
 * Enforces {@code quarkus.http.limits.max-body-size} on a body sent without Content-Length (chunked): reads it
 * into memory up to the limit; past it, reads and drops the rest (up to {@link BodyLimit#DRAIN_FACTOR} times the
 * limit, so the client can finish sending and read the answer) and answers 413 problem+json.
 */
@Provider
@Priority(100)
public class BodyLimitInterceptor implements ReaderInterceptor {

    @Inject
    BodyLimit bodyLimit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            long limit = bodyLimit.limit();
            InputStream in = context.getInputStream();
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                drain(in, BodyLimit.DRAIN_FACTOR * limit);
                throw new ProblemException(BodyLimit.problemOf(limit));
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static void drain(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int n;
        while (drained < max && (n = in.read(buffer)) != -1) {
            drained += n;
        }
    }
}
