package az.industry.common.http;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.common.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a body larger than {@code quarkus.http.limits.max-body-size} with 413 problem+json, where Quarkus would
 * answer an empty 413 and close the connection under a client still sending: a declared Content-Length is checked
 * by a route just before Quarkus's own; a chunked body is left to {@link BodyLimitInterceptor} as it is read.
 */
@ApplicationScoped
public class BodyLimit {

    /** Runs before Quarkus's max-body-size route (order -2). */
    static final int ORDER = -3;
    /** Runs after it: takes the chunked-body limit over from Quarkus's input stream. */
    static final int CHUNKED_ORDER = -1;
    /** Where Quarkus's route tells its input stream the limit of a body without Content-Length. */
    static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";
    /** An oversized body is read and dropped up to this many times the limit, then the connection is closed. */
    static final long DRAIN_FACTOR = 8;

    /** Quarkus's typed HTTP configuration: the limit is its {@code limits().maxBodySize()}. */
    @Inject
    VertxHttpConfig http;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = limit();
        byte[] problem = problem(limit).getBytes(StandardCharsets.UTF_8);
        router.route().order(ORDER).handler(ctx -> {
            if (declaredLength(ctx) > limit) {
                reject(ctx, problem, limit);
            } else {
                ctx.next();
            }
        });
        router.route().order(CHUNKED_ORDER).handler(ctx -> {
            ctx.remove(QUARKUS_LIMIT_KEY);
            ctx.next();
        });
    }

    /** The configured limit in bytes ({@code quarkus.http.limits.max-body-size}). */
    public long limit() {
        // Quarkus defaults it to 10240K; set empty, it means no limit
        return http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Answers at once, then reads and discards the rest of the body (at most {@link #DRAIN_FACTOR} times the
     * limit) before closing the connection, so a client still sending gets the answer rather than a broken pipe.
     */
    private static void reject(RoutingContext ctx, byte[] problem, long limit) {
        HttpServerRequest request = ctx.request();
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Buffer.buffer(problem));
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long[] discarded = { 0 };
        request.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > DRAIN_FACTOR * limit) {
                request.connection().close();
            }
        });
        request.endHandler(v -> request.connection().close());
        request.resume();
    }

    private String problem(long limit) {
        try {
            return json.writeValueAsString(problemOf(limit));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 413 problem for a body over {@code limit} bytes. */
    static Problem problemOf(long limit) {
        return Problem.of(413, "too-large", "Content Too Large",
                "The request body is larger than this service accepts (" + limit + " bytes).");
    }
}
