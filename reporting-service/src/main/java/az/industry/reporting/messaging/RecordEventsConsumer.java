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
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes the three record topics in batches: parses each event, parks poison ones on the dead-letter
 * topic, applies the rest in one transaction, then acknowledges the batch (its offsets are committed). While the
 * database fails (down, restarting, or a rebuild holding its lock) the batch is retried with back-off for as long as it
 * takes: nothing is committed meanwhile, and the consumer resumes where it stopped once the database is back.
 */
@ApplicationScoped
public class RecordEventsConsumer {

    /** The incoming channel of the three record topics. */
    public static final String CHANNEL = "records";
    /** The longest pause between two attempts at a batch the database refused. */
    static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(RecordEventsConsumer.class);

    @Inject
    EventParser parser;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ProjectionHandler handler;

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<IncomingEvent> events = new ArrayList<>(batch.getRecords().size());
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(parser.parse(record.getTopic(), EventParser.header(record.getHeaders(), CloudEventHeaders.ID),
                        EventParser.header(record.getHeaders(), CloudEventHeaders.TYPE), record.getPayload()));
            } catch (PoisonEventException e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        try {
            Uni.createFrom().item(() -> handler.apply(events))
                    .onFailure().invoke(e -> LOG.warnf("batch of %d events not applied, retrying: %s", events.size(),
                            e.getMessage()))
                    .onFailure().retry().withBackOff(Duration.ofMillis(200), MAX_BACK_OFF).indefinitely()
                    .await().indefinitely();
        } catch (RuntimeException e) {
            return batch.nack(e);
        }
        return batch.ack();
    }
}
