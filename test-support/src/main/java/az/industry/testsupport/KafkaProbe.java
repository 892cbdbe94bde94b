package az.industry.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A plain {@code KafkaConsumer} reading a topic from the start, for assertions on published events. */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    /** A record read back: key, value and headers as strings (every occurrence of a header, in order). */
    public record Event(String topic, int partition, long offset, String key, String value,
            Map<String, List<String>> headers) {

        /** The header's one value; fails when the header is missing a value or is sent more than once. */
        public String header(String name) {
            List<String> values = headers.getOrDefault(name, List.of());
            if (values.size() > 1) {
                throw new AssertionError("header " + name + " sent " + values.size() + " times: " + values);
            }
            return values.isEmpty() ? null : values.get(0);
        }
    }

    public KafkaProbe(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfra.kafka());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls for up to {@code timeout} and returns everything read so far. */
    public List<Event> readFor(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            poll();
        } while (System.nanoTime() < deadline);
        return List.copyOf(seen);
    }

    /** Polls until an event matches, or fails after {@code timeout}. */
    public Event await(Duration timeout, Predicate<Event> match) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Event e : seen) {
                if (match.test(e)) {
                    return e;
                }
            }
            poll();
        }
        for (Event e : seen) {
            if (match.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching event within " + timeout + "; saw " + seen.size());
    }

    /** Every event that matches, after polling for {@code quiet} more. */
    public List<Event> all(Duration quiet, Predicate<Event> match) {
        return readFor(quiet).stream().filter(match).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            Map<String, List<String>> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.computeIfAbsent(h.key(), k -> new ArrayList<>())
                        .add(h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            seen.add(new Event(r.topic(), r.partition(), r.offset(), r.key(), r.value(), headers));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
