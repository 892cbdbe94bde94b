package az.industry.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import az.industry.contracts.event.IndustryRecord;
import az.industry.testsupport.SharedInfra;

/** Publishes record events the way the write services do (CloudEvents binary headers), for reporting tests. */
final class EventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    EventWriter() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfra.kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** Publishes the "recorded" (or "voided") event of {@code record} with the given ce_id; returns that id. */
    String publish(IndustryRecord record, boolean voided, String ceId) throws Exception {
        String type = voided ? record.kind().voidedType() : record.kind().recordedType();
        return raw(record.kind().topic(), record.zoneId(), json.writeValueAsString(record), type, ceId);
    }

    String publish(IndustryRecord record, boolean voided) throws Exception {
        return publish(record, voided, UUID.randomUUID().toString());
    }

    /** Publishes any value with CloudEvents headers, e.g. a malformed one. */
    String raw(String topic, String key, String value, String type, String ceId) throws Exception {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, value);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", ceId);
        header(r, "ce_source", "/test");
        header(r, "ce_type", type);
        header(r, "ce_time", Instant.now().toString());
        header(r, "content-type", "application/json");
        producer.send(r).get();
        return ceId;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
