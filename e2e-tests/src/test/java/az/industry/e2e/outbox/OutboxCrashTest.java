package az.industry.e2e.outbox;

import az.industry.e2e.Http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import az.industry.contracts.event.Topics;
import az.industry.infra.KafkaBroker;
import az.industry.infra.Ports;
import az.industry.infra.PostgresServer;
import az.industry.infra.ServiceLauncher;
import az.industry.infra.ServiceSpec;

/**
 * The outbox keeps every acknowledged record through failures: a record POSTed while Kafka is down is
 * published once Kafka is back, and a service killed (SIGKILL) after its 201 but before publishing
 * publishes after restart. Runs the built investment-service jar as its own process.
 */
class OutboxCrashTest {

    static final Path HOME = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    static final ServiceSpec INVESTMENT = ServiceSpec.named("investment");
    static final String BODY = """
            {"zoneId": "garadagh-industrial-park", "investor": "Outbox Test LLC", "sector": "METALLURGY",
             "amount": 1234.56, "currency": "USD", "investedOn": "2024-06-01", "jobsCreated": 4}""";

    Path dir;
    int kafkaPort;
    int controllerPort;
    KafkaBroker kafka;
    PostgresServer postgres;
    Process service;
    int httpPort;

    @BeforeEach
    void infrastructure() throws Exception {
        dir = Files.createTempDirectory("outbox-crash");
        kafkaPort = Ports.free();
        controllerPort = Ports.free();
        kafka = startKafka();
        postgres = PostgresServer.start(null, Ports.free());
        postgres.ensureDatabase(INVESTMENT.database());
        httpPort = Ports.free();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aRecordPostedWhileKafkaIsDownIsPublishedWhenItIsBack() throws Exception {
        service = startService(Map.of());
        kafka.close();
        kafka = null;
        assertTrue(!Ports.listening(kafkaPort));

        Http.Response created = Http.postJson(url("/api/investments"), BODY, az.industry.e2e.E2eKeys.token("investment-officer"));
        assertEquals(201, created.status(), created.raw());
        String id = created.body().get("id").asText();
        Http.Response ready = Http.get(url("/q/health/ready"));
        assertEquals(200, ready.status(), "accepting records while Kafka is down: " + ready.raw());
        // the backlog figure is at most a second old
        await().atMost(Duration.ofSeconds(10)).until(() -> backlog(Http.get(url("/q/health/ready"))) == 1);

        kafka = startKafka();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                TopicReader.eventsAbout(kafka.bootstrapServers(), Topics.INVESTMENTS, id, Duration.ofSeconds(2)) >= 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog(Http.get(url("/q/health/ready"))) == 0);
    }

    @Test
    void aServiceKilledAfterItsAnswerPublishesAfterRestart() throws Exception {
        // the relay is off: the 201 is answered, the event waits in the outbox, then the process is SIGKILLed
        service = startService(Map.of("OUTBOX_RELAY_ENABLED", "false"));
        Http.Response created = Http.postJson(url("/api/investments"), BODY, az.industry.e2e.E2eKeys.token("investment-officer"));
        assertEquals(201, created.status(), created.raw());
        String id = created.body().get("id").asText();
        service.destroyForcibly().waitFor();
        assertEquals(0, TopicReader.eventsAbout(kafka.bootstrapServers(), Topics.INVESTMENTS, id, Duration.ofSeconds(2)),
                "not published before the crash");

        service = startService(Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                TopicReader.eventsAbout(kafka.bootstrapServers(), Topics.INVESTMENTS, id, Duration.ofSeconds(2)) >= 1);
        assertEquals(200, Http.get(url("/api/investments/" + id), az.industry.e2e.E2eKeys.token("manager")).status());
    }

    /** The outbox backlog from the readiness check's data. */
    private static long backlog(Http.Response health) {
        for (var check : health.body().get("checks")) {
            if ("outbox".equals(check.get("name").asText())) {
                return check.get("data").get("backlog").asLong();
            }
        }
        throw new AssertionError("no outbox check in " + health.raw());
    }

    private KafkaBroker startKafka() {
        KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort, Duration.ofSeconds(90));
        broker.createTopics(Map.of(Topics.INVESTMENTS, Topics.DEFAULT_PARTITIONS));
        return broker;
    }

    private Process startService(Map<String, String> env) {
        Path log = dir.resolve("investment-" + System.nanoTime() + ".log");
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(az.industry.e2e.E2eKeys.env());
        Process p = ServiceLauncher.start(HOME, INVESTMENT, httpPort, Ports.LOOPBACK + ":" + kafkaPort,
                postgres.jdbcUrl(INVESTMENT.database()), all, log, false);
        ServiceLauncher.awaitReady("investment-service", httpPort, p.toHandle(), Duration.ofSeconds(90), log);
        return p;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }
}
