package az.industry.reporting.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import az.industry.contracts.event.CloudEventHeaders;
import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.service.ProjectionHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes the three record topics in batches: parses each event, parks poison ones on the dead-letter
 * topic, applies the rest in one transaction, then acknowledges the batch (its offsets are committed).
 */
@ApplicationScoped
public class RecordEventsConsumer {

    /** The incoming channel of the three record topics. */
    public static final String CHANNEL = "records";

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
                events.add(parser.parse(record.getTopic(), header(record, CloudEventHeaders.ID),
                        header(record, CloudEventHeaders.TYPE), record.getPayload()));
            } catch (PoisonEventException e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        try {
            handler.apply(events);
        } catch (RuntimeException e) {
            return batch.nack(e);
        }
        return batch.ack();
    }

    private static String header(KafkaRecord<String, String> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
