package az.industry.common.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} value that carries a trace across the outbox and Kafka: read from the current
 * context where an event is written, turned back into a parent context where it is published or applied.
 */
public final class TraceParent {

    /** The header (HTTP and Kafka) and the outbox column that carry it. */
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The {@code traceparent} of the current span, or null when there is none (no request, tracing off). */
    public static String current() {
        return of(Context.current());
    }

    /** The {@code traceparent} of {@code context}'s span, or null when it has no valid one. */
    public static String of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * A context whose parent is the span {@code traceparent} names (a remote parent); the root context for null or a
     * malformed value, so a bad or missing header starts a new trace instead of failing.
     */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONE_VALUE);
    }
}
