package az.industry.e2e.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the start with a plain KafkaConsumer and counts the events about one record. */
final class TopicReader {

    private TopicReader() {
    }

    /** How many events on {@code topic} have {@code ce_subject} = {@code recordId}, polling for {@code duration}. */
    static int eventsAbout(String bootstrap, String topic, String recordId, Duration duration) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int found = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Header subject = r.headers().lastHeader("ce_subject");
                    if (subject != null && recordId.equals(new String(subject.value(), StandardCharsets.UTF_8))) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
