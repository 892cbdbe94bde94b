package az.industry.reporting.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.reporting.ConsumerLag;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Oracle;
import az.industry.reporting.RecordTotals;
import az.industry.reporting.Reports;
import az.industry.reporting.Workload;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The oracle: a seeded random workload (all kinds, zones, sectors, many countries, AZN and USD of every
 * magnitude, 2018-01..2025-02, redeliveries, republications, voids, early voids) published straight to the
 * topics; then every report - windowed and not, every zone, sector, destination filter and time series, and
 * (windowed) the companies, products and records reports - must equal field by field an independent BigDecimal
 * computation from the generated records; the records report's total headers equal the matching report's totals
 * for 150 random filters.
 *
 * <p>Test classes share the database and topics: no other test uses dates from 2017-01-01 to 2025-02-28, so
 * answers windowed inside 2018-01-01..2025-02-28 (and their year-earlier windows) hold the workload alone; the
 * unwindowed answers must equal the answers taken just before publishing plus the workload.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
public class OracleTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    static final long SEED = 20250428L;
    static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 2, 28);
    public static final Set<String> VOLATILE = Set.of("asOf", "eventsApplied");

    @Test
    void everyReportEqualsAnIndependentSumOfTheRecords() throws Exception {
        // nothing dated April-June 2020: empty periods inside the series, growth against nothing
        Workload workload = Workload.generate(SEED, FIRST, LAST,
                d -> !(d.getYear() == 2020 && d.getMonthValue() >= 4 && d.getMonthValue() <= 6), 200, 250, 300);
        assertTrue(workload.earlyVoids() > 0, "some voids arrive before their record");
        assertTrue(workload.events.size() > workload.distinctEventIds(), "some events are redelivered");

        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        Reports before = Reports.take(null, null);
        long appliedBefore = before.answers.get(before.national()).get("eventsApplied").longValue();

        long start = System.nanoTime();
        try (EventWriter events = new EventWriter()) {
            for (Workload.Event e : workload.events) {
                events.send(e.record(), e.voiding(), e.ceId(), null);
            }
            events.flush();
        }
        long published = System.nanoTime();
        long expectedApplied = appliedBefore + workload.distinctEventIds();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(
                () -> ExactJson.get("/api/reports/national").get("eventsApplied").longValue() >= expectedApplied);
        long applied = System.nanoTime();
        System.out.printf("[oracle] %d records, %d events (%d distinct) published in %d ms, all applied after %d ms: "
                + "%.0f events/s%n", workload.records.size(), workload.events.size(), workload.distinctEventIds(),
                (published - start) / 1_000_000, (applied - start) / 1_000_000,
                workload.events.size() * 1e9 / (applied - start));
        assertEquals(expectedApplied, ExactJson.get("/api/reports/national").get("eventsApplied").longValue(),
                "each distinct ce_id applied once, nothing else");

        Oracle oracle = new Oracle(workload.live());
        before.plus(oracle).assertMatch(Reports.take(null, null), VOLATILE);
        for (LocalDate[] w : new LocalDate[][] {
                { FIRST, LAST },
                { LocalDate.of(2019, 6, 15), LocalDate.of(2021, 3, 31) },
                { LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30) },
                { LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29) },
                { LocalDate.of(2022, 11, 7), LocalDate.of(2025, 1, 19) } }) {
            Reports.expected(oracle, w[0], w[1]).assertMatch(Reports.take(w[0], w[1]), VOLATILE);
        }
        RecordTotals.assertMatchReports(new java.util.Random(SEED), workload.records, FIRST, LAST, 150);
    }
}
