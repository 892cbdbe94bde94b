package az.industry.reporting.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import az.industry.contracts.event.CloudEventHeaders;
import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.service.ProjectionHandler;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes the three record topics in batches: parses each event, parks poison ones on the dead-letter
 * topic, applies the rest in one transaction, then acknowledges the batch (its offsets are committed). While the
 * database fails (down, restarting, or a rebuild holding its lock) the batch is retried with back-off for as long as it
 * takes: nothing is committed meanwhile, and the consumer resumes where it stopped once the database is back. Each
 * applied event's span (see {@link ProjectionSpans}) ends the trace of the POST that wrote it.
 */
@ApplicationScoped
public class RecordEventsConsumer {

    /** The incoming channel of the three record topics. */
    public static final String CHANNEL = "records";
    /** The pause after a first failed attempt at a batch; it doubles after each further one, up to {@link #MAX_BACK_OFF}. */
    static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    /** The longest pause between two attempts at a batch the database refused. */
    static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(RecordEventsConsumer.class);

    @Inject
    EventParser parser;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ProjectionHandler handler;

    @Inject
    ProjectionSpans projectionSpans;

    /** The pause after {@code pause}: twice as long, at most {@link #MAX_BACK_OFF}. */
    static Duration nextBackOff(Duration pause) {
        Duration twice = pause.multipliedBy(2);
        return twice.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : twice;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<IncomingEvent> events = new ArrayList<>(batch.getRecords().size());
        List<Span> spans = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            String eventId = EventParser.header(record.getHeaders(), CloudEventHeaders.ID);
            try {
                events.add(parser.parse(record.getTopic(), eventId,
                        EventParser.header(record.getHeaders(), CloudEventHeaders.TYPE), record.getPayload()));
                projectionSpans.start(record, eventId, spans);
            } catch (PoisonEventException e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        Duration pause = FIRST_BACK_OFF;
        for (int attempt = 1; ; attempt++) {
            try {
                handler.apply(events);
                break;
            } catch (RuntimeException e) {
                // on this worker thread, not a Mutiny retry: that resubscribes on the event loop, where no transaction may start
                LOG.warnf("batch of %d events not applied (attempt %d), retrying in %d ms: %s", events.size(), attempt,
                        pause.toMillis(), e.getMessage());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shutting down: the batch stays uncommitted and is read again
                ProjectionSpans.end(spans, e);
                return batch.nack(e);
            }
            pause = nextBackOff(pause);
        }
        ProjectionSpans.end(spans, null);
        return batch.ack();
    }
}
