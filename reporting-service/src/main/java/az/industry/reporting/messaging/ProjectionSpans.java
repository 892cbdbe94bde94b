package az.industry.reporting.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import az.industry.common.tracing.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/**
 * The last step of a write's trace: one span per applied event, a child of the producer span named by the event's
 * {@code traceparent} header, open while the batch that holds it is applied. Events without the header get none.
 */
@ApplicationScoped
public class ProjectionSpans {

    /** The name of each event's span in reporting. */
    public static final String NAME = "projection apply";

    @Inject
    Tracer tracer;

    /** Starts the span of {@code record}'s event (when it carries a trace context) and adds it to {@code open}. */
    void start(KafkaRecord<String, String> record, String eventId, List<Span> open) {
        String traceparent = EventParser.header(record.getHeaders(), TraceParent.HEADER);
        if (traceparent == null) {
            return;
        }
        open.add(tracer.spanBuilder(NAME)
                .setParent(TraceParent.parent(traceparent))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.getTopic())
                .setAttribute("messaging.message.id", eventId == null ? "" : eventId)
                .startSpan());
    }

    /** Ends the spans of a batch: applied, or not ({@code failure}, then the batch is read again). */
    static void end(List<Span> spans, Throwable failure) {
        for (Span span : spans) {
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
            }
            span.end();
        }
    }
}
