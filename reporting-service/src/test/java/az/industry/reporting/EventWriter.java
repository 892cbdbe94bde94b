package az.industry.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import az.industry.contracts.event.IndustryRecord;
import az.industry.testsupport.SharedInfra;

/** Publishes record events the way the write services do (CloudEvents binary headers), for reporting tests. */
public final class EventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public EventWriter() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfra.kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** Publishes the "recorded" (or "voided") event of {@code record} with the given ce_id; returns that id. */
    public String publish(IndustryRecord record, boolean voided, String ceId) throws Exception {
        send(record, voided, ceId, null).get();
        return ceId;
    }

    public String publish(IndustryRecord record, boolean voided) throws Exception {
        return publish(record, voided, UUID.randomUUID().toString());
    }

    /** Sends without waiting (per-key order is kept); {@code partition} null lets Kafka choose by key. */
    public Future<RecordMetadata> send(IndustryRecord record, boolean voided, String ceId, Integer partition) throws Exception {
        String type = voided ? record.kind().voidedType() : record.kind().recordedType();
        return send(record.kind().topic(), partition, record.zoneId(), json.writeValueAsString(record),
                headers(type, ceId));
    }

    /** The JSON of {@code record} as the write services publish it. */
    public String json(IndustryRecord record) throws Exception {
        return json.writeValueAsString(record);
    }

    /** Publishes any value with CloudEvents headers, e.g. a malformed one. */
    public String raw(String topic, String key, String value, String type, String ceId) throws Exception {
        send(topic, null, key, value, headers(type, ceId)).get();
        return ceId;
    }

    /** Sends any value with exactly the given headers (a null value leaves that header out). */
    public Future<RecordMetadata> send(String topic, Integer partition, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, partition, key, value);
        headers.forEach((name, v) -> {
            if (v != null) {
                r.headers().add(name, v.getBytes(StandardCharsets.UTF_8));
            }
        });
        return producer.send(r);
    }

    /** The CloudEvents headers the write services set; {@code ceId} null leaves {@code ce_id} out. */
    public static Map<String, String> headers(String type, String ceId) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", ceId);
        h.put("ce_source", "/test");
        h.put("ce_type", type);
        h.put("ce_time", Instant.now().toString());
        h.put("content-type", "application/json");
        return h;
    }

    /** Waits until everything sent is acknowledged. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
