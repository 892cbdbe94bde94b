package az.industry.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.BenchEvents;
import az.industry.reporting.ConsumerLag;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.service.ProjectionHandler;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A measurement, not a test (its name keeps it out of the default run; it asserts no timing). Loads
 * {@code bench.events} synthetic events ({@link BenchEvents}) into a database of its own ({@code reporting_bench},
 * emptied first) through {@link ProjectionHandler} in batches of {@code bench.batch}, then times the report reads
 * through HTTP with {@code bench.readers} concurrent clients, the reads right after a batch, reads during writes,
 * and (with {@code bench.rebuild=true}) publishes the same events to Kafka and times {@code POST /api/admin/rebuild}.
 * Run:
 *
 * <pre>
 * ./mvnw -B -ntp -pl reporting-service -am verify -Dtest=ProjectionBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.events=1000000 [-Dbench.rebuild=true]
 * </pre>
 *
 * With {@code POSTGRES_HOST}/{@code POSTGRES_PORT} pointing at a server started with
 * {@code shared_preload_libraries=pg_stat_statements}, it also prints where the database's time went.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting_bench"))
@EnabledIfSystemProperty(named = "bench.events", matches = "\\d+")
class ProjectionBench {

    static final String ZONE = "ganja-industrial-park";
    /** What the dashboard and analytics page ask for, national, zones and series first. */
    static final List<String> PATHS = List.of(
            "/api/reports/national",
            "/api/reports/national?to=2025-03-31",
            "/api/reports/national?from=2024-01-01&to=2024-12-31",
            "/api/reports/national?from=2019-06-15&to=2021-03-31",
            "/api/reports/zones",
            "/api/reports/zones?from=2025-01-01&to=2025-03-31",
            "/api/reports/zones/" + ZONE,
            "/api/reports/timeseries?metric=production&granularity=quarter",
            "/api/reports/timeseries?metric=investment&granularity=month&zoneId=" + ZONE,
            "/api/reports/timeseries?metric=exports&granularity=year&from=2015-01-01",
            "/api/reports/sectors",
            "/api/reports/destinations");

    @Inject
    ProjectionHandler handler;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = Tokens.manager();

    @Test
    void measure() throws Exception {
        long n = Long.getLong("bench.events");
        int batch = Integer.getInteger("bench.batch", 500);
        int readers = Integer.getInteger("bench.readers", 8);
        int reads = Integer.getInteger("bench.reads", 400);
        empty();
        BenchEvents stream = new BenchEvents(20261201L);

        // 1. load through the consumer's handler
        resetStatements();
        long start = System.nanoTime();
        long loaded = 0;
        long lap = start;
        while (loaded < n) {
            List<IncomingEvent> events = stream.next((int) Math.min(batch, n - loaded));
            handler.apply(events);
            loaded += events.size();
            if (loaded % 100_000 < batch) {
                long now = System.nanoTime();
                print("load %,d events: %,.0f events/s over the last %,d", loaded, 100_000 * 1e9 / (now - lap), 100_000);
                lap = now;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print("load: %,d events in %.1f s: %,.0f events/s (batches of %d)", n, seconds, n / seconds, batch);
        printStatements("load");
        print("tables: %s", sizes());
        checkNational();

        // 2. reads: each path alone, first (after the load) then warm; then all paths mixed, concurrently
        resetStatements();
        for (String path : PATHS) {
            long first = timeGet(path);
            long[] warm = new long[50];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = timeGet(path);
            }
            print("read %-75s first %7.2f ms, then p50 %6.2f p99 %6.2f ms", path, first / 1e6, pct(warm, 50) / 1e6,
                    pct(warm, 99) / 1e6);
        }
        Map<String, long[]> mixed = concurrentReads(readers, reads, null);
        printMixed("reads, " + readers + " clients, no writes", mixed);

        // 3. the first read of each path after a batch (what every read costs until the next batch is cached)
        Map<String, List<Long>> afterBatch = new LinkedHashMap<>();
        for (int round = 0; round < 20; round++) {
            handler.apply(stream.next(1));
            for (String path : PATHS) {
                afterBatch.computeIfAbsent(path, p -> new ArrayList<>()).add(timeGet(path));
            }
        }
        List<Long> allAfter = new ArrayList<>();
        afterBatch.forEach((path, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).toArray();
            allAfter.addAll(times);
            print("first read after a batch %-60s p50 %7.2f p99 %7.2f ms", path, pct(t, 50) / 1e6, pct(t, 99) / 1e6);
        });
        long[] after = allAfter.stream().mapToLong(Long::longValue).toArray();
        print("first read after a batch, all paths: p50 %.2f p99 %.2f ms", pct(after, 50) / 1e6, pct(after, 99) / 1e6);
        printStatements("reads");

        // 4. reads during writes: one writer applying batches as fast as it can
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong written = new AtomicLong();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        long writeStart = System.nanoTime();
        Future<?> writes = writer.submit(() -> {
            while (writing.get()) {
                List<IncomingEvent> events = stream.next(batch);
                handler.apply(events);
                written.addAndGet(events.size());
            }
        });
        Map<String, long[]> during = concurrentReads(readers, reads, writes);
        writing.set(false);
        writes.get();
        writer.shutdown();
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        printMixed("reads, " + readers + " clients, during writes", during);
        print("writes during those reads: %,d events, %,.0f events/s", written.get(), written.get() / writeSeconds);
        checkNational();

        if (Boolean.getBoolean("bench.rebuild")) {
            rebuild(n, batch, written.get() + 20);
        }
    }

    /** Publishes what was loaded to the topics (the live consumer skips them all as duplicates), then rebuilds. */
    private void rebuild(long n, int batch, long more) throws Exception {
        BenchEvents again = new BenchEvents(20261201L);
        long start = System.nanoTime();
        try (EventWriter events = new EventWriter()) {
            for (long sent = 0; sent < n + more; ) {
                for (IncomingEvent e : again.next((int) Math.min(batch, n + more - sent))) {
                    events.send(e.record(), e.voiding(), e.eventId(), null);
                    sent++;
                }
            }
            events.flush();
        }
        print("published %,d events in %.1f s", n + more, (System.nanoTime() - start) / 1e9);
        long waitStart = System.nanoTime();
        ConsumerLag.awaitZero(Duration.ofMinutes(30));
        print("live consumer skipped them as duplicates in %.1f s", (System.nanoTime() - waitStart) / 1e9);
        JsonNode before = json("/api/reports/national");
        long rebuildStart = System.nanoTime();
        HttpResponse<String> posted = http.send(request("/api/admin/rebuild", Tokens.admin())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        JsonNode status = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> ExactJson.read(http.send(request("/api/admin/rebuild",
                        Tokens.admin()).build(), HttpResponse.BodyHandlers.ofString()).body()),
                        s -> !"RUNNING".equals(s.get("status").asText()));
        double seconds = (System.nanoTime() - rebuildStart) / 1e9;
        print("rebuild: %s, %,d events replayed in %.1f s: %,.0f events/s", status.get("status").asText(),
                status.get("eventsReplayed").longValue(), seconds, status.get("eventsReplayed").longValue() / seconds);
        ExactJson.assertSame("national after the rebuild", before, json("/api/reports/national"), OracleTest.VOLATILE);
        checkNational();
    }

    /** Reads PATHS round-robin from {@code clients} threads, {@code reads} each (or until {@code until} is done). */
    private Map<String, long[]> concurrentReads(int clients, int reads, Future<?> until) throws Exception {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        PATHS.forEach(p -> times.put(p, java.util.Collections.synchronizedList(new ArrayList<>())));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            done.add(pool.submit(() -> {
                for (int i = 0; i < reads && (until == null || !until.isDone()); i++) {
                    String path = PATHS.get((i + offset) % PATHS.size());
                    times.get(path).add(timeGet(path));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Map<String, long[]> out = new LinkedHashMap<>();
        PATHS.forEach(p -> out.put(p, times.get(p).stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    private void printMixed(String what, Map<String, long[]> times) {
        List<Long> all = new ArrayList<>();
        times.forEach((path, t) -> {
            Arrays.stream(t).forEach(all::add);
            print("%s: %-60s n %4d p50 %6.2f p99 %6.2f max %7.2f ms", what, path, t.length, pct(t, 50) / 1e6,
                    pct(t, 99) / 1e6, pct(t, 100) / 1e6);
        });
        long[] t = all.stream().mapToLong(Long::longValue).toArray();
        print("%s: all %,d reads p50 %.2f p99 %.2f max %.2f ms", what, t.length, pct(t, 50) / 1e6, pct(t, 99) / 1e6,
                pct(t, 100) / 1e6);
    }

    private long timeGet(String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private JsonNode json(String path) throws Exception {
        return ExactJson.read(http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest.Builder request(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + bearer).timeout(Duration.ofMinutes(5));
    }

    /** The national investment total equals the sum of the counted records (a cheap oracle). */
    private void checkNational() throws Exception {
        BigDecimal expected;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(sum(azn), 0) FROM record_state "
                        + "WHERE kind = 'INVESTMENT' AND recorded AND NOT voided")) {
            rs.next();
            expected = rs.getBigDecimal(1).setScale(2);
        }
        assertEquals(expected, json("/api/reports/national").at("/investment/totalAzn").decimalValue());
    }

    /** Empties this database's projections (it is the bench's own). */
    private void empty() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tablename NOT IN ('flyway_schema_history', 'projection_status', 'rebuild_status')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("TRUNCATE " + String.join(", ", tables));
            s.execute("UPDATE projection_status SET events_applied = 0, last_applied_at = NULL");
            s.execute("VACUUM ANALYZE");
        }
    }

    private String sizes() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            try (ResultSet rs = s.executeQuery("SELECT relname, reltuples::bigint, pg_size_pretty(pg_total_relation_size(oid)) "
                    + "FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples > 0 "
                    + "AND relname NOT LIKE 'rebuild%' ORDER BY 1")) {
                while (rs.next()) {
                    out.append(String.format("%s %,d rows (%s); ", rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out.toString();
    }

    private boolean statements;

    private void resetStatements() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
            statements = true;
        } catch (SQLException e) {
            print("no pg_stat_statements (%s): start PostgreSQL with shared_preload_libraries=pg_stat_statements "
                    + "and POSTGRES_HOST/POSTGRES_PORT to see where the database's time goes", e.getMessage().trim());
        }
    }

    private void printStatements(String what) throws SQLException {
        if (!statements) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT calls, total_exec_time, mean_exec_time, rows, query FROM pg_stat_statements "
                        + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                        + "ORDER BY total_exec_time DESC LIMIT 12");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String query = rs.getString(5).replaceAll("\\s+", " ");
                print("pg_stat_statements (%s): %,6d calls, %,9.1f ms total, %7.3f ms mean, %,9d rows: %s", what,
                        rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4),
                        query.substring(0, Math.min(220, query.length())));
            }
        }
    }

    private static long pct(long[] times, int p) {
        if (times.length == 0) {
            return 0;
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
