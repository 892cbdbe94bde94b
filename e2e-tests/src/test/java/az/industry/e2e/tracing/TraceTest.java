package az.industry.e2e.tracing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import az.industry.contracts.event.Topics;
import az.industry.e2e.E2eKeys;
import az.industry.e2e.Http;
import az.industry.e2e.tracing.OtlpReceiver.ReceivedSpan;
import az.industry.infra.KafkaBroker;
import az.industry.infra.Ports;
import az.industry.infra.PostgresServer;
import az.industry.infra.ServiceLauncher;
import az.industry.infra.ServiceSpec;

/**
 * One trace from POST to projection: the built investment-service and reporting-service jars export their spans to a
 * local OTLP receiver, and a POST made with a client's {@code traceparent} shows up as the request's server span,
 * the relay's producer span (its child, published long after the 201) and reporting's projection span (the producer
 * span's child), all with the client's trace id. A second investment-service with the default configuration exports
 * nothing, yet its event still carries the request's trace context in Kafka.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceTest {

    static final Path HOME = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    static final ServiceSpec INVESTMENT = ServiceSpec.named("investment");
    static final ServiceSpec REPORTING = ServiceSpec.named("reporting");
    static final String BODY = """
            {"zoneId": "sumgayit-chemical-industrial-park", "investor": "Traced Investor LLC", "sector": "CHEMICAL",
             "amount": 250000.00, "currency": "AZN", "investedOn": "2024-06-01", "jobsCreated": 3}""";

    Path dir;
    KafkaBroker kafka;
    PostgresServer postgres;
    OtlpReceiver receiver;
    final List<Process> processes = new ArrayList<>();
    int traced;
    int quiet;

    @BeforeAll
    void platform() throws Exception {
        dir = Files.createTempDirectory("trace-e2e");
        receiver = new OtlpReceiver();
        kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.free(), Ports.free(), Duration.ofSeconds(90));
        kafka.createTopics(Topics.partitionsByTopic());
        postgres = PostgresServer.start(null, Ports.free());

        Map<String, String> exporting = Map.of(
                "INDUSTRY_TRACES_EXPORT", "true",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        traced = Ports.free();
        int reporting = Ports.free();
        quiet = Ports.free();
        // the quiet one is told where the receiver is, but not to export: by default nothing leaves the process
        Process a = start(INVESTMENT, "investment", traced, exporting);
        Process b = start(REPORTING, "reporting", reporting, exporting);
        Process c = start(INVESTMENT, "investment_quiet", quiet, Map.of(
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
        ServiceLauncher.awaitReady("investment-service", traced, a.toHandle(), Duration.ofSeconds(120), log("investment"));
        ServiceLauncher.awaitReady("reporting-service", reporting, b.toHandle(), Duration.ofSeconds(120), log("reporting"));
        ServiceLauncher.awaitReady("investment-service (quiet)", quiet, c.toHandle(), Duration.ofSeconds(120),
                log("investment_quiet"));
    }

    @AfterAll
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void oneTraceRunsFromThePostThroughTheRelayToTheProjection() throws Exception {
        String traceId = hex(16);
        String clientSpan = hex(8);
        Http.Response created = post(traced, traceId, clientSpan);
        assertEquals(201, created.status(), created.raw());

        ReceivedSpan[] chain = new ReceivedSpan[3];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ReceivedSpan> trace = receiver.trace(traceId);
            ReceivedSpan request = one(trace, "investment-service", "SPAN_KIND_SERVER", clientSpan);
            ReceivedSpan publish = one(trace, "investment-service", "SPAN_KIND_PRODUCER", request.spanId());
            ReceivedSpan projection = one(trace, "reporting-service", "SPAN_KIND_CONSUMER", publish.spanId());
            chain[0] = request;
            chain[1] = publish;
            chain[2] = projection;
        });
        assertTrue(chain[0].name().contains("/api/investments"), chain[0].toString());
        assertTrue(chain[1].name().contains(Topics.INVESTMENTS), chain[1].toString());
        assertEquals("projection apply", chain[2].name());
        System.out.printf("trace %s: client %s -> %s -> %s -> %s%n", traceId, clientSpan, describe(chain[0]),
                describe(chain[1]), describe(chain[2]));
    }

    @Test
    void withTheDefaultConfigurationNothingIsExportedButTheContextTravels() throws Exception {
        String traceId = hex(16);
        String clientSpan = hex(8);
        Http.Response created = post(quiet, traceId, clientSpan);
        assertEquals(201, created.status(), created.raw());
        String id = created.body().get("id").asText();

        String header = await().atMost(Duration.ofSeconds(60)).until(
                () -> traceparentOf(id), Optional::isPresent).orElseThrow();
        assertTrue(header.matches("00-" + traceId + "-[0-9a-f]{16}-01"), header);
        // reporting (exporting) continues the trace; the quiet service's own spans never arrive
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.trace(traceId).stream()
                .anyMatch(s -> s.service().equals("reporting-service")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receiver.trace(traceId).stream()
                .noneMatch(s -> s.service().equals("investment-service")));
    }

    private Http.Response post(int port, String traceId, String parentSpan) throws Exception {
        return Http.postJson("http://127.0.0.1:" + port + "/api/investments", BODY, E2eKeys.token("investment-officer"),
                Map.of("traceparent", "00-" + traceId + "-" + parentSpan + "-01"));
    }

    /** The one span of {@code trace} from {@code service} of {@code kind} whose parent is {@code parentSpanId}. */
    private static ReceivedSpan one(List<ReceivedSpan> trace, String service, String kind, String parentSpanId) {
        List<ReceivedSpan> found = trace.stream().filter(s -> s.service().equals(service) && s.kind().equals(kind)
                && s.parentSpanId().equals(parentSpanId)).toList();
        assertEquals(1, found.size(), () -> "one " + kind + " span of " + service + " under " + parentSpanId + " in " + trace);
        return found.get(0);
    }

    /** The {@code traceparent} header of the investments event about {@code recordId}, once it is on the topic. */
    private Optional<String> traceparentOf(String recordId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.INVESTMENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Header subject = r.headers().lastHeader("ce_subject");
                    Header traceparent = r.headers().lastHeader("traceparent");
                    if (subject != null && recordId.equals(new String(subject.value(), StandardCharsets.UTF_8))) {
                        return Optional.of(traceparent == null ? "(none)" : new String(traceparent.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Process start(ServiceSpec spec, String database, int port, Map<String, String> extra) {
        postgres.ensureDatabase(database);
        Map<String, String> env = new LinkedHashMap<>(extra);
        env.putAll(E2eKeys.env());
        Process p = ServiceLauncher.start(HOME, spec, port, kafka.bootstrapServers(), postgres.jdbcUrl(database), env,
                log(database), false);
        processes.add(p);
        return p;
    }

    private Path log(String name) {
        return dir.resolve(name + ".log");
    }

    private static String describe(ReceivedSpan span) {
        return span.service() + " " + span.kind().replace("SPAN_KIND_", "") + " '" + span.name() + "' " + span.spanId();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(random);
    }
}
