package az.industry.infra.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import az.industry.contracts.event.Topics;
import az.industry.infra.KafkaAdmin;
import az.industry.infra.Wait;

/** Baseline 2, on a scratch topic of the platform's broker: one producer's acks=all records per second, and single records' round trip. */
final class KafkaBaseline {

    /** Acknowledged records per second and the round trip of single records. */
    record Result(double perSecond, double seconds, Latencies roundTrips) {
    }

    static final String TOPIC = "bench.scratch.v1";
    static final int RECORD_BYTES = 300;

    private KafkaBaseline() {
    }

    /**
     * Creates the scratch topic afresh, measures the produce → consume round trip of {@code roundTripSamples} single
     * records, then the records per second one producer gets acknowledged with {@code acks=all} (idempotent, default
     * batching, {@value #RECORD_BYTES}-byte records) for {@code seconds}, and deletes the topic again.
     */
    static Result run(String bootstrap, double seconds, int roundTripSamples) throws Exception {
        KafkaAdmin.deleteTopic(bootstrap, TOPIC);
        KafkaAdmin.createTopics(bootstrap, Map.of(TOPIC, Topics.DEFAULT_PARTITIONS));
        try {
            Latencies trips = roundTrips(bootstrap, roundTripSamples);
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4 << 20); // sends block once 4 MB wait: the run ends close to its duration
            AtomicLong acked = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            byte[] value = new byte[RECORD_BYTES];
            Arrays.fill(value, (byte) 'x');
            String[] keys = { "hajigabul-industrial-park", "ganja-industrial-park", "sumgayit-chemical-industrial-park" };
            long start;
            long end;
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                producer.partitionsFor(TOPIC); // metadata before the clock starts
                start = System.nanoTime();
                long deadline = start + (long) (seconds * 1e9);
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, keys[(int) (i % keys.length)], value), (m, e) -> {
                        if (e == null) {
                            acked.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    });
                }
                producer.flush();
                end = System.nanoTime();
            }
            if (failed.get() > 0) {
                System.out.println("baseline  kafka: " + failed.get() + " records were not acknowledged");
            }
            double elapsed = (end - start) / 1e9;
            return new Result(acked.get() / elapsed, elapsed, trips);
        } finally {
            KafkaAdmin.deleteTopic(bootstrap, TOPIC);
        }
    }

    /** {@code samples} single records, each timed from send until a consumer of the topic has it. */
    private static Latencies roundTrips(String bootstrap, int samples) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        Latencies trips = new Latencies();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Wait.until("the bench consumer's assignment", Duration.ofSeconds(30), () -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            });
            for (int i = 0; i < samples; i++) {
                String marker = UUID.randomUUID().toString();
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, marker, marker));
                boolean seen = false;
                while (!seen && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
                    for (var r : consumer.poll(Duration.ofMillis(20))) {
                        seen |= marker.equals(r.value());
                    }
                }
                trips.add(System.nanoTime() - start);
            }
        }
        return trips;
    }
}
