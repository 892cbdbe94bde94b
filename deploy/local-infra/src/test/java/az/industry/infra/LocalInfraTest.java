package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real broker and database the way tests and ./platform do, and talks to both over TCP. */
@Tag("integration")
class LocalInfraTest {

    @TempDir
    Path dir;

    @Test
    void kafkaBrokerRoundTripsARecordAndSurvivesARestartWithItsData() throws Exception {
        int port = Ports.free();
        int controller = Ports.free();
        String value;
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), port, controller, Duration.ofSeconds(60))) {
            broker.createTopics(Map.of("probe", 2));
            assertTrue(KafkaAdmin.answers("PLAINTEXT://" + broker.bootstrapServers()), "a listener prefix is understood");
            assertTrue(KafkaAdmin.answers("127.0.0.1:" + Ports.free() + "," + broker.bootstrapServers()),
                    "any listed server that answers will do");
            assertEquals(-1L, KafkaAdmin.retentionMs(broker.bootstrapServers(), "probe"),
                    "topics keep every event: reporting's rebuild replays them from the start");
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                producer.send(new ProducerRecord<>("probe", "k", "hello")).get();
            }
            value = readOne(broker.bootstrapServers());
        }
        assertEquals("hello", value);
        assertTrue(!Ports.listening(port), "a closed broker leaves no listening port");

        try (KafkaBroker again = KafkaBroker.start(dir.resolve("kafka"), port, controller, Duration.ofSeconds(60))) {
            assertEquals("hello", readOne(again.bootstrapServers()), "data persists across restarts");
        }
    }

    @Test
    void postgresCreatesOneDatabasePerServiceAndPersistsInADataDirectory() throws Exception {
        Path data = dir.resolve("pg");
        int port = Ports.free();
        try (PostgresServer pg = PostgresServer.start(data, port)) {
            pg.ensureDatabase("investment");
            pg.ensureDatabase("investment");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("investment"), PostgresServer.USER, "")) {
                c.createStatement().execute("CREATE TABLE t (v NUMERIC(19,2))");
                c.createStatement().execute("INSERT INTO t VALUES (8100000000.00)");
            }
        }
        assertTrue(Files.exists(data.resolve("PG_VERSION")));
        try (PostgresServer pg = PostgresServer.start(data, port);
                Connection c = DriverManager.getConnection(pg.jdbcUrl("investment"), PostgresServer.USER, "");
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t")) {
            assertTrue(rs.next());
            assertEquals("8100000000.00", rs.getBigDecimal(1).toPlainString());
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static String readOne(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("probe"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    return r.value();
                }
            }
        }
        throw new AssertionError("no record read within 30 s");
    }
}
