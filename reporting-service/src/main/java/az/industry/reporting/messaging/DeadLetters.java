package az.industry.reporting.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Parks events that can never be applied on the dead-letter topic, with the same headers as SmallRye's
 * dead-letter-queue strategy ({@code dead-letter-reason}, {@code dead-letter-topic}, ...), and counts them.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String CHANNEL = "dead-letters";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    private final Counter counter;

    @Inject
    public DeadLetters(MeterRegistry registry) {
        this.counter = Counter.builder("reporting.events.dead.lettered")
                .description("Events sent to the dead-letter topic").register(registry);
    }

    /** Publishes {@code record} to the dead-letter topic and waits for Kafka's acknowledgement. */
    public void park(KafkaRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.getHeaders()) {
            headers.add(h);
        }
        headers.add("dead-letter-reason", bytes(reason));
        headers.add("dead-letter-topic", bytes(record.getTopic()));
        headers.add("dead-letter-partition", bytes(String.valueOf(record.getPartition())));
        headers.add("dead-letter-offset", bytes(String.valueOf(offset(record))));
        Message<String> message = Message.of(record.getPayload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.getKey()).withHeaders(headers).build());
        emitter.sendMessage(message).await().atMost(Duration.ofSeconds(30));
        counter.increment();
        LOG.warnf("dead-lettered %s-%d@%d: %s", record.getTopic(), record.getPartition(), offset(record), reason);
    }

    private static long offset(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
