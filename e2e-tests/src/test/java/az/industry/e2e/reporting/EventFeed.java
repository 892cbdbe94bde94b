package az.industry.e2e.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;

/**
 * Publishes seeded random record events to the topics as the write services do (CloudEvents headers, key =
 * zone, so they spread over the partitions), with redeliveries and voids, and keeps an independent BigDecimal
 * ledger of what the national report must then show.
 */
final class EventFeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COUNTRIES = List.of("IT", "TR", "GE", "DE", "CN", "US", "KZ", "UA", "FR", "IL");

    private final KafkaProducer<String, String> producer;
    private final Random random;
    private final List<Zone> zones = ZoneCatalogue.defaults().all();

    /** Per kind: AZN total, count and jobs of the records that count. */
    private final Map<RecordKind, BigDecimal> azn = new HashMap<>();
    private final Map<RecordKind, Long> counts = new HashMap<>();
    private long jobs;
    private final Set<String> eventIds = new HashSet<>();

    EventFeed(String bootstrap, long seed) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        random = new Random(seed);
        for (RecordKind k : RecordKind.values()) {
            azn.put(k, new BigDecimal("0.00"));
            counts.put(k, 0L);
        }
    }

    /** Publishes {@code records} new records (a tenth voided, a tenth redelivered) and waits for the acks. */
    void publish(int records) throws Exception {
        List<ProducerRecord<String, String>> later = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            RecordKind kind = RecordKind.values()[random.nextInt(3)];
            ObjectNode record = record(kind);
            ProducerRecord<String, String> recorded = event(kind, record, false);
            producer.send(recorded);
            if (random.nextInt(10) == 0) {
                later.add(recorded); // the outbox delivers it again: same ce_id
            }
            if (random.nextInt(10) == 0) {
                record.put("voided", true);
                later.add(event(kind, record, true));
            } else {
                BigDecimal amount = record.get(kind == RecordKind.INVESTMENT ? "amountAzn" : "valueAzn").decimalValue();
                azn.merge(kind, amount, BigDecimal::add);
                counts.merge(kind, 1L, Long::sum);
                jobs += record.path("jobsCreated").asLong(0);
            }
        }
        later.forEach(producer::send);
        producer.flush();
    }

    BigDecimal azn(RecordKind kind) {
        return azn.get(kind);
    }

    long count(RecordKind kind) {
        return counts.get(kind);
    }

    long jobs() {
        return jobs;
    }

    /** Distinct ce_ids published: what {@code eventsApplied} must reach. */
    long distinctEvents() {
        return eventIds.size();
    }

    private ProducerRecord<String, String> event(RecordKind kind, ObjectNode record, boolean voiding) {
        String zone = record.get("zoneId").asText();
        ProducerRecord<String, String> r = new ProducerRecord<>(kind.topic(), zone, record.toString());
        String id = UUID.randomUUID().toString();
        eventIds.add(id);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", id);
        header(r, "ce_source", kind.source());
        header(r, "ce_type", voiding ? kind.voidedType() : kind.recordedType());
        header(r, "ce_time", Instant.now().toString());
        header(r, "ce_subject", record.get("id").asText());
        header(r, "content-type", "application/json");
        return r;
    }

    private ObjectNode record(RecordKind kind) {
        boolean usd = random.nextBoolean();
        BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * 1e11), 2);
        BigDecimal inAzn = Money.toAzn(amount, usd ? Money.USD_PEG : BigDecimal.ONE);
        String date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365)).toString();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
        n.put("zoneId", zones.get(random.nextInt(zones.size())).id());
        n.put("sector", Sector.values()[random.nextInt(Sector.values().length)].name());
        n.put("currency", usd ? "USD" : "AZN");
        n.put("recordedAt", Instant.now().toString());
        n.put("voided", false);
        switch (kind) {
            case INVESTMENT -> n.put("investor", "Investor").put("amount", amount).put("amountAzn", inAzn)
                    .put("investedOn", date).put("jobsCreated", random.nextInt(500));
            case PRODUCTION -> n.put("producer", "Producer").put("product", "Goods").put("quantity", 10).put("unit", "t")
                    .put("value", amount).put("valueAzn", inAzn).put("producedOn", date);
            case EXPORT -> n.put("exporter", "Exporter").put("destinationCountry", COUNTRIES.get(random.nextInt(10)))
                    .put("hsCode", "3902").put("product", "Goods").put("quantity", 1).put("unit", "t")
                    .put("value", amount).put("valueAzn", inAzn).put("shippedOn", date);
        }
        return n;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
