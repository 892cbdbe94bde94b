package az.industry.e2e.crash;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.e2e.Http;
import az.industry.e2e.PlatformScript;
import az.industry.e2e.crash.AckedWrites.Kind;
import az.industry.e2e.crash.AckedWrites.Total;

/**
 * The crash suite: writers post steadily to all three write services (single records and batches, each with
 * its Idempotency-Key) while, in turn, each write service, reporting, the Kafka broker (down for 60 s: the
 * outage) and PostgreSQL are killed with SIGKILL and brought back by {@code ./platform up}, and reporting's
 * database refuses connections for a while. At the end every report equals the exact sum of the acknowledged
 * writes, which the writers kept themselves: nothing lost, nothing counted twice. Prints what it did and how
 * long each part took to recover.
 */
class CrashSuiteTest {

    static final Duration KAFKA_OUTAGE = Duration.ofSeconds(60);
    static final Duration REPORTING_DB_OUTAGE = Duration.ofSeconds(20);
    static final List<String> WRITE_SERVICES = List.of("investment", "production", "export");

    static PlatformScript platform;
    static AckedWrites ledger = new AckedWrites();
    static SteadyWriters writers;
    static String kafka;

    @BeforeAll
    static void up() throws Exception {
        Path dir = Files.createTempDirectory("crash-suite");
        platform = new PlatformScript(dir.resolve("data"));
        PlatformScript.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        kafka = "127.0.0.1:" + platform.port("KAFKA_PORT");
        writers = new SteadyWriters(ledger, List.of(
                new SteadyWriters.Target(Kind.INVESTMENT, service("INVESTMENT_PORT") + "/api/investments",
                        platform.token("investment-officer")),
                new SteadyWriters.Target(Kind.PRODUCTION, service("PRODUCTION_PORT") + "/api/production",
                        platform.token("operator", SteadyWriters.ZONES.toArray(String[]::new))),
                new SteadyWriters.Target(Kind.EXPORT, service("EXPORT_PORT") + "/api/exports",
                        platform.token("exporter", SteadyWriters.ZONES.toArray(String[]::new)))));
        writers.start();
    }

    @AfterAll
    static void down() throws Exception {
        if (writers != null) {
            writers.stop();
        }
        if (platform != null) {
            platform.run("down");
        }
    }

    @Test
    void everyAcknowledgedWriteIsCountedOnceThroughKillsAndOutages() throws Exception {
        for (String service : WRITE_SERVICES) {
            killAndRestart(service);
        }
        killAndRestart("reporting");
        kafkaDownForAMinute();
        reportingDatabaseDown();
        killAndRestart("postgres");
        awaitProgress();

        writers.stop();
        assertEquals(List.of(), writers.unexpected(), "every write was answered 201, or 503 / no answer and then retried");
        long start = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(this::nationalMatches);
        figure("last write -> national report exact", millis(start) + " ms");
        zonesMatch();
        sectorsMatch();
        destinationsMatch();
        companiesMatch();
        productsMatch();

        figure("records acknowledged", writers.acknowledged() + " (in " + ledger.requests() + " requests)");
        figure("requests retried with the same key", writers.retries() + " (" + writers.unavailable() + " answered 503)");
        System.out.println("[crash] every report equals the exact sum of the acknowledged writes: 0 lost, 0 counted twice");
    }

    /** SIGKILLs {@code part} under load, restarts it with {@code ./platform up} and notes its time to recover. */
    private void killAndRestart(String part) throws Exception {
        awaitProgress();
        long start = System.nanoTime();
        platform.kill(part);
        PlatformScript.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        long ready = millis(start);
        long acked = writers.acknowledged();
        await().atMost(Duration.ofMinutes(2)).until(() -> writers.acknowledged() > acked);
        figure("kill -9 " + part + " -> up and ready / writes acknowledged again",
                ready + " ms / " + millis(start) + " ms");
    }

    /**
     * Kafka killed and kept down for a minute under load: every write service still acknowledges writes (the
     * outbox keeps them), its readiness and metrics show the backlog; after the restart the backlog drains.
     */
    private void kafkaDownForAMinute() throws Exception {
        awaitProgress();
        long start = System.nanoTime();
        platform.kill("kafka");
        long ackedAtKill = writers.acknowledged();
        Map<String, Long> maxBacklog = new TreeMap<>();
        await().atMost(KAFKA_OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            for (String service : WRITE_SERVICES) {
                maxBacklog.merge(service, backlog(service), Math::max);
            }
            return millis(start) >= KAFKA_OUTAGE.toMillis();
        });
        long ackedWhileDown = writers.acknowledged() - ackedAtKill;
        assertTrue(ackedWhileDown > 100, "writes acknowledged while Kafka was down: " + ackedWhileDown);
        for (String service : WRITE_SERVICES) {
            assertTrue(maxBacklog.get(service) > 0, service + "'s readiness showed no backlog: " + maxBacklog);
            String metrics = Http.get(service(port(service)) + "/q/metrics").raw();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("outbox_backlog_size") && !l.endsWith(" 0.0")),
                    service + "'s metrics show the backlog");
        }
        long restart = System.nanoTime();
        PlatformScript.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        long ready = millis(restart);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> WRITE_SERVICES.stream().allMatch(s -> backlog(s) < 50));
        figure("kafka down 60 s: records acknowledged meanwhile", ackedWhileDown + " (largest backlog " + maxBacklog + ")");
        figure("kafka back -> up and ready / backlog drained", ready + " ms / " + millis(restart) + " ms");
    }

    /**
     * Reporting's database refuses connections for a while under load: the consumer commits no offset meanwhile
     * (its readiness is down), and resumes when the database is back.
     */
    private void reportingDatabaseDown() throws Exception {
        awaitProgress();
        try (Connection admin = superuser()) {
            try (Statement s = admin.createStatement()) {
                s.execute("ALTER DATABASE reporting ALLOW_CONNECTIONS false");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'reporting'");
            }
            long start = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(service(port("reporting")) + "/q/health/ready").status() == 503);
            long publishedAtCut = endOffsets();
            // the committed offsets, sampled each second; one acknowledged just before the cut may still be
            // committed in the first seconds (the throttled strategy commits every 5 s), none after
            List<Map<TopicPartition, Long>> samples = new ArrayList<>();
            await().atMost(REPORTING_DB_OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (millis(start) >= 6_000) {
                    samples.add(committedOffsets());
                }
                return millis(start) >= REPORTING_DB_OUTAGE.toMillis();
            });
            assertTrue(samples.size() >= 5, "sampled the committed offsets: " + samples.size());
            Map<TopicPartition, Long> committed = samples.get(0);
            samples.forEach(later -> assertEquals(committed, later, "no offset committed while reporting's database was down"));
            assertEquals(503, Http.get(service(port("reporting")) + "/q/health/ready").status(), "reporting unready meanwhile");
            assertTrue(endOffsets() > publishedAtCut, "events kept being published meanwhile");
            try (Statement s = admin.createStatement()) {
                s.execute("ALTER DATABASE reporting ALLOW_CONNECTIONS true");
            }
            long back = System.nanoTime();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !committed.equals(committedOffsets()));
            figure("reporting's database down " + REPORTING_DB_OUTAGE.toSeconds() + " s: offsets committed meanwhile", "0");
            figure("reporting's database back -> consumer commits again", millis(back) + " ms");
        }
    }

    /** Prints a figure as soon as it is known (a failure later still shows it). */
    private static void figure(String figure, String value) {
        System.out.printf("[crash] %-62s %s%n", figure, value);
    }

    private void nationalMatches() throws Exception {
        JsonNode national = report("/national");
        assertBlock("national investment", ledger.total(Kind.INVESTMENT), national.get("investment"), true);
        assertBlock("national production", ledger.total(Kind.PRODUCTION), national.get("production"), false);
        assertBlock("national exports", ledger.total(Kind.EXPORT), national.get("exports"), false);
        assertEquals(ledger.destinationCountries(), national.get("exports").get("destinationCountries").asLong());
    }

    private void zonesMatch() throws Exception {
        grouped(report("/zones"), "zoneId", AckedWrites.Acked::zone);
    }

    private void sectorsMatch() throws Exception {
        grouped(report("/sectors"), "sector", AckedWrites.Acked::sector);
    }

    private void companiesMatch() throws Exception {
        JsonNode companies = report("/companies?limit=10000");
        Map<String, JsonNode> byName = new TreeMap<>();
        companies.get("companies").forEach(c -> byName.put(c.get("name").asText().strip().toLowerCase(java.util.Locale.ROOT), c));
        for (Kind kind : Kind.values()) {
            Map<String, Total> expected = ledger.totals(kind, AckedWrites::company);
            expected.forEach((name, total) -> assertBlock("company " + name, total,
                    byName.get(name).get(block(kind)), kind == Kind.INVESTMENT));
        }
        long distinct = ledger.all().stream().map(AckedWrites::company).distinct().count();
        assertEquals(distinct, companies.get("count").asLong(), "distinct companies");
    }

    private void destinationsMatch() throws Exception {
        Map<String, Total> expected = ledger.totals(Kind.EXPORT, AckedWrites.Acked::country);
        JsonNode destinations = report("/destinations");
        assertEquals(expected.size(), destinations.size(), destinations.toString());
        destinations.forEach(d -> assertBlock("destination " + d.get("country").asText(),
                expected.get(d.get("country").asText()), d, false));
    }

    private void productsMatch() throws Exception {
        Map<String, Total> expected = ledger.totals(Kind.PRODUCTION, a -> a.product() + " / " + a.unit());
        Map<String, BigDecimal> quantities = ledger.quantities();
        JsonNode products = report("/products");
        assertEquals(expected.size(), products.size(), products.toString());
        for (JsonNode p : products) {
            String key = p.get("product").asText() + " / " + p.get("unit").asText();
            assertBlock("product " + key, expected.get(key), p, false);
            assertEquals(0, quantities.get(key).compareTo(p.get("quantity").decimalValue()), "quantity of " + key);
        }
    }

    /** Each row of a per-zone or per-sector report against the ledger grouped the same way. */
    private void grouped(JsonNode rows, String field, Function<AckedWrites.Acked, String> key) {
        for (Kind kind : Kind.values()) {
            Map<String, Total> expected = ledger.totals(kind, key);
            for (JsonNode row : rows) {
                Total want = expected.getOrDefault(row.get(field).asText(), Total.ZERO);
                assertBlock(field + " " + row.get(field).asText() + " " + kind, want, row.get(block(kind)),
                        kind == Kind.INVESTMENT);
            }
            List<String> shown = new ArrayList<>();
            rows.forEach(r -> shown.add(r.get(field).asText()));
            assertTrue(shown.containsAll(expected.keySet()), field + "s shown " + shown + " hold " + expected.keySet());
        }
    }

    private static void assertBlock(String what, Total expected, JsonNode block, boolean jobs) {
        assertTrue(block != null && expected != null, what + ": missing (" + expected + " / " + block + ")");
        assertEquals(expected.azn(), block.get("totalAzn").decimalValue().setScale(2), what + " totalAzn");
        assertEquals(expected.count(), block.get("count").asLong(), what + " count");
        if (jobs) {
            assertEquals(expected.jobs(), block.get("jobsCreated").asLong(), what + " jobsCreated");
        }
    }

    private static String block(Kind kind) {
        return switch (kind) {
            case INVESTMENT -> "investment";
            case PRODUCTION -> "production";
            case EXPORT -> "exports";
        };
    }

    private static JsonNode report(String path) throws Exception {
        Http.Response r = Http.get(service("REPORTING_PORT") + "/api/reports" + path, platform.token("manager"));
        assertEquals(200, r.status(), r.raw());
        return r.body();
    }

    /** Waits until the writers have had at least 100 more records acknowledged. */
    private static void awaitProgress() {
        long now = writers.acknowledged();
        await().atMost(Duration.ofMinutes(2)).until(() -> writers.acknowledged() >= now + 100);
    }

    /** The outbox backlog in {@code service}'s readiness data (0 when it does not answer). */
    private static long backlog(String service) {
        try {
            Http.Response ready = Http.get(service(port(service)) + "/q/health/ready");
            for (JsonNode check : ready.body().get("checks")) {
                if ("outbox".equals(check.get("name").asText())) {
                    return check.get("data").get("backlog").asLong();
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static Map<TopicPartition, Long> committedOffsets() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> offsets = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets("reporting-service")
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).entrySet()) {
                offsets.put(e.getKey(), e.getValue() == null ? -1 : e.getValue().offset());
            }
            return offsets;
        }
    }

    /** Events on the three record topics, all partitions. */
    private static long endOffsets() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            committedOffsets().keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(o -> o.offset()).sum();
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(props);
    }

    private static Connection superuser() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + platform.port("POSTGRES_PORT") + "/postgres",
                "postgres", "");
    }

    private static String port(String part) {
        return part.toUpperCase() + "_PORT";
    }

    private static String service(String portVariable) {
        return "http://127.0.0.1:" + platform.port(portVariable);
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
