package az.industry.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.ConsumerLag;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.model.Granularity;
import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.model.Metric;
import az.industry.reporting.service.ProjectionHandler;
import az.industry.reporting.service.ProjectionWriter;
import az.industry.reporting.service.ReportCache;
import az.industry.reporting.service.ReportQueries;
import az.industry.reporting.service.TimeSeriesQueries;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.SharedInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Report answers are kept in memory between batches, and never answer from before a batch that committed before the
 * read began: a read right after a batch (of this instance, or committed by another one on its own connection) shows
 * it; readers hammering a report while batches commit only ever see committed states, never one older than the last
 * batch committed before their read. Batches are applied through the consumer's {@link ProjectionHandler} (so each
 * commit is known to the test) and then published to the topics with the same ce_ids (the consumer skips them as
 * duplicates; a rebuild finds them). Dated 1990-1991, used by no other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportCacheTest {

    static final String ZONE = "pirallahi-industrial-park";
    static final String WINDOW_1990 = "from=1990-01-01&to=1990-12-31";
    static final LocalDate FROM_1991 = LocalDate.of(1991, 1, 1);
    static final LocalDate TO_1991 = LocalDate.of(1991, 12, 31);

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    /** Every event a test applied, published after it so the topics hold what the projections do. */
    private final List<IncomingEvent> applied = new ArrayList<>();

    @Inject
    ProjectionHandler handler;

    @Inject
    ReportCache cache;

    @Inject
    ReportQueries queries;

    @Inject
    TimeSeriesQueries series;

    @Test
    void aReadRightAfterABatchShowsIt() throws Exception {
        JsonNode national = ExactJson.get("/api/reports/national?" + WINDOW_1990);
        JsonNode all = ExactJson.get("/api/reports/national");
        JsonNode zone = ExactJson.get("/api/reports/zones/" + ZONE + "?" + WINDOW_1990);
        long hits = cache.hits();
        ExactJson.assertSame("read again", national, ExactJson.get("/api/reports/national?" + WINDOW_1990), Set.of());
        assertTrue(cache.hits() > hits, "the second read, with nothing applied between, is answered from memory");

        InvestmentRecord record = Records.investment(ZONE, Sector.ENERGY, "123.45", "AZN", LocalDate.of(1990, 3, 1), 5);
        apply(event(record, false));
        BigDecimal added = new BigDecimal("123.45");
        assertEquals(total(national).add(added), total(ExactJson.get("/api/reports/national?" + WINDOW_1990)));
        assertEquals(total(all).add(added), total(ExactJson.get("/api/reports/national")));
        assertEquals(total(zone).add(added), total(ExactJson.get("/api/reports/zones/" + ZONE + "?" + WINDOW_1990)));
        assertEquals(all.get("eventsApplied").longValue() + 1,
                ExactJson.get("/api/reports/national").get("eventsApplied").longValue());
        assertEquals(added, series.series(Metric.INVESTMENT, Granularity.YEAR, ZONE, Sector.ENERGY,
                LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)).get(0).totalAzn());

        // another instance's batch: its own connection and transaction, nothing of it in this JVM's events
        SharedInfra.Database db = SharedInfra.database("reporting");
        IncomingEvent voiding = event(Records.voided(record), true);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            c.setAutoCommit(false);
            ProjectionWriter.LIVE.apply(c, List.of(voiding));
            c.commit();
        }
        applied.add(voiding);
        ExactJson.assertSame("voided", national, ExactJson.get("/api/reports/national?" + WINDOW_1990), Set.of("asOf", "eventsApplied"));
        assertEquals(total(all), total(ExactJson.get("/api/reports/national")));
        ExactJson.assertSame("voided", zone, ExactJson.get("/api/reports/zones/" + ZONE + "?" + WINDOW_1990), Set.of());
        assertEquals(List.of(), series.series(Metric.INVESTMENT, Granularity.YEAR, ZONE, Sector.ENERGY,
                LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)));
    }

    @Test
    void concurrentReadsSeeOnlyCommittedStatesNeverOlderThanTheLastCommitBeforeThem() throws Exception {
        BigDecimal base = queries.national(FROM_1991, TO_1991).investment().totalAzn();
        int batches = 60;
        AtomicInteger committed = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            boolean national = r % 2 == 0;
            running.add(readers.submit(() -> {
                int seen = 0;
                while (!done.get()) {
                    int floor = committed.get();
                    BigDecimal total = (national ? queries.national(FROM_1991, TO_1991).investment().totalAzn()
                            : queries.zones(FROM_1991, TO_1991, null).stream().filter(z -> z.zoneId().equals(ZONE))
                                    .findFirst().orElseThrow().investment().totalAzn()).subtract(base);
                    int k = prefix(total);
                    assertTrue(k >= 0, total + " is the total of no committed state");
                    assertTrue(k >= floor, "read " + k + " batches, but " + floor + " had committed before the read");
                    assertTrue(k >= seen, "read " + k + " batches after having read " + seen);
                    seen = k;
                    reads.incrementAndGet();
                }
                return null;
            }));
        }
        for (int k = 1; k <= batches; k++) {
            // batch k adds k.00 AZN: the state after k batches totals k(k+1)/2
            apply(event(Records.investment(ZONE, Sector.ENERGY, k + ".00", "AZN", LocalDate.of(1991, 1 + k % 12, 1), 0), false));
            committed.set(k);
            int readsSoFar = reads.get(); // let the readers read between batches
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(1))
                    .until(() -> reads.get() > readsSoFar || running.stream().anyMatch(Future::isDone)); // a failed reader: f.get() says why
        }
        done.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        readers.shutdown();
        assertTrue(reads.get() > batches, reads.get() + " reads");
        assertEquals(base.add(BigDecimal.valueOf(batches * (batches + 1) / 2).setScale(2)),
                queries.national(FROM_1991, TO_1991).investment().totalAzn());
    }

    @Test
    void readersMissingTheSameAnswerComputeItOnce() throws Exception {
        apply(event(Records.investment(ZONE, Sector.ENERGY, "7.00", "AZN", LocalDate.of(1990, 6, 1), 1), false));
        LocalDate from = LocalDate.of(1990, 6, 1);
        LocalDate to = LocalDate.of(1990, 6, 30);
        long computed = cache.computed();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        List<Future<BigDecimal>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(readers.submit(() -> {
                start.await();
                return queries.national(from, to).investment().totalAzn();
            }));
        }
        for (Future<BigDecimal> a : answers) {
            assertEquals(new BigDecimal("7.00"), a.get());
        }
        readers.shutdown();
        assertEquals(computed + 1, cache.computed(), "8 readers, one computation");
    }

    /** The k whose state k(k+1)/2 {@code total} is, or -1. */
    private static int prefix(BigDecimal total) {
        for (int k = 0; k <= 1000; k++) {
            if (BigDecimal.valueOf((long) k * (k + 1) / 2).compareTo(total) == 0) {
                return k;
            }
        }
        return -1;
    }

    @AfterEach
    void publishWhatWasApplied() throws Exception {
        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        JsonNode before = ExactJson.get("/api/reports/national");
        try (EventWriter events = new EventWriter()) {
            for (IncomingEvent e : applied) {
                events.send(e.record(), e.voiding(), e.eventId(), null).get();
            }
        }
        applied.clear();
        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        ExactJson.assertSame("the same events again: duplicates", before, ExactJson.get("/api/reports/national"), Set.of("asOf"));
    }

    private void apply(IncomingEvent e) {
        handler.apply(List.of(e));
        applied.add(e);
    }

    private static IncomingEvent event(InvestmentRecord r, boolean voiding) {
        return new IncomingEvent(UUID.randomUUID().toString(), r.kind().topic(), voiding, r);
    }

    private static BigDecimal total(JsonNode report) {
        return report.at("/investment/totalAzn").decimalValue();
    }
}
