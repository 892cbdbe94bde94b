package az.industry.e2e.crash;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.e2e.PlatformScript;

/**
 * Nothing lost, nothing counted twice, whatever crashes: writers post steadily with Idempotency-Keys to all three write
 * services (single records and batches) while each write service, reporting, the Kafka broker and PostgreSQL are in
 * turn killed with SIGKILL and started again by {@code ./platform up}; writers send again, with the same key, every
 * write whose outcome they could not see. At the end every report (national, zones, sectors, destinations, companies,
 * products) equals an independent exact sum of the acknowledged writes. Then Kafka stays down for a minute under the same
 * load (the outbox holds the writes, readiness and metrics show the backlog, it drains after). Prints writes, kills and
 * each part's recovery.
 */
class CrashSuiteTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
    static final List<String> PARTS = List.of("investment", "production", "export", "reporting", "kafka", "postgres");

    static PlatformScript platform;
    static String manager;

    @BeforeAll
    static void up() throws Exception {
        Path dir = Files.createTempDirectory("platform-crash");
        platform = new PlatformScript(dir.resolve("data"));
        PlatformScript.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        manager = platform.token("manager");
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.run("down");
        }
    }

    @Test
    void killingEachPartInTurnLosesNothingAndCountsNothingTwice() throws Exception {
        AckedWrites acked = new AckedWrites();
        Map<String, Integer> ports = Map.of("investment", platform.port("INVESTMENT_PORT"), "production", platform.port("PRODUCTION_PORT"),
                "exports", platform.port("EXPORT_PORT"));
        List<String> recoveries = new ArrayList<>();
        long start = System.nanoTime();
        SteadyWriters writers = new SteadyWriters(ports, platform.token("admin"), acked).start(6);
        try {
            for (String part : PARTS) {
                int before = acked.size();
                await().atMost(Duration.ofMinutes(2)).until(() -> acked.size() >= before + 60);
                long killed = System.nanoTime();
                kill(part);
                PlatformScript.Result up = platform.run("up");
                assertEquals(0, up.exitCode(), part + ": " + up.output());
                long upAgain = System.nanoTime();
                int atRestart = acked.size();
                await().atMost(Duration.ofMinutes(2)).until(() -> acked.size() >= atRestart + 30);
                recoveries.add(String.format(Locale.ROOT, "%s: up again %.1f s after the kill, writes flowing %.1f s after", part,
                        (upAgain - killed) / 1e9, (System.nanoTime() - killed) / 1e9));
            }
            recoveries.add(kafkaOutage(acked));
        } finally {
            writers.close();
        }
        assertEquals(List.of(), writers.errors(), "every write was answered 201 in the end");
        AtomicReference<List<String>> last = new AtomicReference<>(List.of("not compared yet"));
        long settled = System.nanoTime();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                last.set(compare(acked));
                return last.get().isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            fail("the reports never equalled the exact sums of the " + acked.size() + " acknowledged writes:\n"
                    + String.join("\n", last.get().subList(0, Math.min(40, last.get().size()))));
        }
        System.out.printf(Locale.ROOT, "[e2e crash] %,d writes acknowledged (%,d answers replayed to a retry, %,d requests sent again)"
                + " in %.0f s; %d kills (%s); reports equal to the exact sums %.1f s after the writers stopped: 0 lost, 0 counted"
                + " twice%n", acked.size(), acked.replays(), writers.retries(), (System.nanoTime() - start) / 1e9, PARTS.size(),
                String.join(", ", PARTS), (System.nanoTime() - settled) / 1e9);
        recoveries.forEach(r -> System.out.println("[e2e crash] " + r));
        assertTrue(acked.size() > PARTS.size() * 90, "writes went on through the kills: " + acked.size());
    }

    /**
     * Kafka down for {@code CRASH_OUTAGE_SECONDS} (60) under the writers' load: writes are still acknowledged (the outbox
     * holds them), every write service's readiness and metrics show the backlog, and it drains once the broker is back.
     */
    static String kafkaOutage(AckedWrites acked) throws Exception {
        long seconds = Long.parseLong(System.getenv().getOrDefault("CRASH_OUTAGE_SECONDS", "60"));
        kill("kafka");
        long down = System.nanoTime();
        int atKill = acked.size();
        Map<String, Long> maxBacklog = new TreeMap<>();
        await().atMost(Duration.ofSeconds(seconds + 60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (String service : List.of("INVESTMENT_PORT", "PRODUCTION_PORT", "EXPORT_PORT")) {
                maxBacklog.merge(service, backlog(service), Math::max);
            }
            return System.nanoTime() - down >= seconds * 1_000_000_000L;
        });
        int acknowledgedWhileDown = acked.size() - atKill;
        assertTrue(acknowledgedWhileDown > 50, "writes are acknowledged while Kafka is down: " + acknowledgedWhileDown);
        maxBacklog.forEach((service, max) -> assertTrue(max > 0, service + ": readiness showed no backlog while Kafka was down"));
        String metrics = text("INVESTMENT_PORT", "/q/metrics");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("outbox_backlog_size") && !l.endsWith(" 0.0")), "the backlog gauge shows it");
        PlatformScript.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        long back = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> backlog("INVESTMENT_PORT") == 0 && backlog("PRODUCTION_PORT") == 0 && backlog("EXPORT_PORT") == 0);
        return String.format(Locale.ROOT, "kafka down %d s under load: %,d writes acknowledged meanwhile, outbox backlog up to %s;"
                + " drained %.1f s after the broker was back", seconds, acknowledgedWhileDown, maxBacklog, (System.nanoTime() - back) / 1e9);
    }

    /** The outbox backlog a write service's readiness reports (it answers 503 while Kafka is down, with the data still in). */
    static long backlog(String portVariable) throws IOException, InterruptedException {
        JsonNode ready = JSON.readTree(text(portVariable, "/q/health/ready"));
        for (JsonNode check : ready.path("checks")) {
            if (check.path("name").asText().equals("outbox")) {
                return check.at("/data/backlog").asLong();
            }
        }
        throw new IOException("no outbox check in " + ready);
    }

    static String text(String portVariable, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port(portVariable) + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** SIGKILL, no shutdown hook: a service's JVM, the broker's, or PostgreSQL's postmaster and its holder. */
    static void kill(String part) throws IOException {
        Path run = platform.dataDir().resolve("run");
        if (part.equals("postgres")) {
            Path postmaster = platform.dataDir().resolve("postgres").resolve("postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).strip());
            killAndAwait(pid);
        }
        killAndAwait(Long.parseLong(Files.readString(run.resolve(part + ".pid")).strip()));
    }

    private static void killAndAwait(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> !p.isAlive());
        });
    }

    /** Every difference between the reports and the exact sums of the acknowledged writes; empty when they agree. */
    static List<String> compare(AckedWrites acked) throws IOException, InterruptedException {
        List<String> diffs = new ArrayList<>();
        JsonNode national = get("/api/reports/national");
        acked.national().forEach((kind, sum) -> block(diffs, "national " + kind, national.path(kind), sum, kind.equals("investment")));
        long countries = acked.all().stream().filter(w -> w.kind().equals("exports")).map(AckedWrites.Write::country).distinct().count();
        if (national.at("/exports/destinationCountries").asLong() != countries) {
            diffs.add("national destinationCountries " + national.at("/exports/destinationCountries") + " != " + countries);
        }
        Map<String, AckedWrites.Sum> zones = acked.byZone();
        for (JsonNode z : get("/api/reports/zones")) {
            for (String kind : List.of("investment", "production", "exports")) {
                block(diffs, "zone " + z.path("zoneId").asText() + " " + kind, z.path(kind),
                        zones.getOrDefault(z.path("zoneId").asText() + "/" + kind, AckedWrites.Sum.ZERO), kind.equals("investment"));
            }
        }
        Map<String, AckedWrites.Sum> sectors = acked.bySector();
        for (JsonNode s : get("/api/reports/sectors")) {
            for (String kind : List.of("investment", "production", "exports")) {
                block(diffs, "sector " + s.path("sector").asText() + " " + kind, s.path(kind),
                        sectors.getOrDefault(s.path("sector").asText() + "/" + kind, AckedWrites.Sum.ZERO), kind.equals("investment"));
            }
        }
        Map<String, AckedWrites.Sum> destinations = new TreeMap<>(acked.byDestination());
        for (JsonNode d : get("/api/reports/destinations")) {
            block(diffs, "destination " + d.path("country").asText(), d,
                    destinations.getOrDefault(d.path("country").asText(), AckedWrites.Sum.ZERO), false);
            destinations.remove(d.path("country").asText());
        }
        destinations.forEach((c, sum) -> diffs.add("destination " + c + " missing from the report (" + sum + ")"));
        JsonNode companies = get("/api/reports/companies?limit=10000");
        Map<String, AckedWrites.Sum> byCompany = acked.byCompany();
        long distinct = byCompany.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('/'))).distinct().count();
        if (companies.path("count").asLong() != distinct) {
            diffs.add("companies count " + companies.path("count") + " != " + distinct);
        }
        for (JsonNode c : companies.path("companies")) {
            String name = c.path("name").asText().strip().toLowerCase(Locale.ROOT);
            for (String kind : List.of("investment", "production", "exports")) {
                block(diffs, "company " + name + " " + kind, c.path(kind), byCompany.getOrDefault(name + "/" + kind, AckedWrites.Sum.ZERO),
                        kind.equals("investment"));
            }
        }
        Map<String, AckedWrites.Sum> products = acked.byProduct();
        Map<String, BigDecimal> quantities = acked.quantities();
        JsonNode productReport = get("/api/reports/products");
        if (productReport.size() != products.size()) {
            diffs.add("products: " + productReport.size() + " rows != " + products.size());
        }
        for (JsonNode p : productReport) {
            String key = p.path("product").asText() + "/" + p.path("unit").asText();
            block(diffs, "product " + key, p, products.getOrDefault(key, AckedWrites.Sum.ZERO), false);
            if (p.path("quantity").decimalValue().compareTo(quantities.getOrDefault(key, BigDecimal.ZERO)) != 0) {
                diffs.add("product " + key + " quantity " + p.path("quantity") + " != " + quantities.get(key));
            }
        }
        return diffs;
    }

    private static void block(List<String> diffs, String what, JsonNode block, AckedWrites.Sum expected, boolean jobs) {
        long count = block.path("count").asLong();
        BigDecimal azn = block.path("totalAzn").decimalValue();
        if (count != expected.count() || azn.compareTo(expected.azn()) != 0
                || (jobs && block.path("jobsCreated").asLong() != expected.jobs())) {
            diffs.add(String.format(Locale.ROOT, "%s: report count %d, AZN %s%s; acknowledged %d, AZN %s%s", what, count, azn.toPlainString(),
                    jobs ? ", jobs " + block.path("jobsCreated").asLong() : "", expected.count(), expected.azn().toPlainString(),
                    jobs ? ", jobs " + expected.jobs() : ""));
        }
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port("REPORTING_PORT") + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + manager).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }
}
