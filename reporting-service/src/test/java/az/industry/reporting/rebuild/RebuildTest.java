package az.industry.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.service.OracleTest;
import az.industry.reporting.AnalyticsOracle;
import az.industry.reporting.ConsumerLag;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Oracle;
import az.industry.reporting.Reports;
import az.industry.reporting.Workload;
import az.industry.contracts.event.IndustryRecord;
import az.industry.reporting.rebuild.RebuildStatusStore;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.SharedInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code POST /api/admin/rebuild} replays the topics from the start into shadow tables and swaps them in: rows as
 * the V3 migration left older ones (no company, product, ...) are filled by their record's next event or by the
 * rebuild; under concurrent writes it ends at the exact totals, companies, products and records; without writes every report is identical afterwards, and stays
 * so throughout (no dip while it runs); one rebuild runs at a time. Its records are dated 2005-2008, used by no
 * other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
    static final LocalDate LAST = LocalDate.of(2008, 12, 31);

    @Test
    @Order(1)
    void aRebuildUnderConcurrentWritesEndsAtTheExactTotals() throws Exception {
        Workload earlier = Workload.generate(5L, FIRST, LAST, d -> true, 60, 80, 100);
        Workload during = Workload.generate(6L, FIRST, LAST, d -> true, 40, 40, 60);
        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        long applied = eventsApplied();
        publish(earlier);
        awaitApplied(applied + earlier.distinctEventIds());

        // as right after the V3 migration: the rows have no company, product, ...; the new tables are empty
        int rows = forgetDetails();
        assertTrue(rows >= earlier.records.size(), rows + " rows");
        assertTrue(awaitingRebuild() >= earlier.records.size());
        assertEquals(0, ExactJson.get("/api/reports/companies?from=" + FIRST + "&to=" + LAST).get("count").longValue());
        // a record's next event fills its row (and the new tables); a void of an old row takes nothing from them
        List<IndustryRecord> live = new ArrayList<>(earlier.live());
        IndustryRecord republished = live.stream().filter(r -> r instanceof az.industry.contracts.event.ProductionRecord)
                .findFirst().orElseThrow();
        IndustryRecord voided = live.stream().filter(r -> r.kind() == republished.kind() && r != republished)
                .findFirst().orElseThrow();
        try (EventWriter events = new EventWriter()) {
            events.publish(republished, false);
            events.publish(Workload.voided(voided), true);
        }
        awaitApplied(applied + earlier.distinctEventIds() + 2);
        live.remove(voided);
        AnalyticsOracle lazily = new AnalyticsOracle(List.of(republished));
        java.util.function.Predicate<IndustryRecord> window = Oracle.within(FIRST, LAST);
        ExactJson.assertSame("filled by its next event", lazily.companies(window),
                ExactJson.get("/api/reports/companies?from=" + FIRST + "&to=" + LAST), Set.of());
        ExactJson.assertSame("filled by its next event", lazily.products(window),
                ExactJson.get("/api/reports/products?from=" + FIRST + "&to=" + LAST), Set.of());
        Reports before = Reports.take(null, null);

        long start = System.nanoTime();
        JsonNode started = startRebuild();
        assertEquals("RUNNING", started.get("status").asText());
        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> publish(during));
        JsonNode done = awaitRebuild();
        writes.get();
        System.out.printf("[rebuild] replayed %d events (%d poison skipped) in %d ms under concurrent writes%n",
                done.get("eventsReplayed").longValue(), done.get("poisonSkipped").longValue(),
                (System.nanoTime() - start) / 1_000_000);
        awaitApplied(applied + earlier.distinctEventIds() + 2 + during.distinctEventIds());

        List<IndustryRecord> both = new ArrayList<>(live);
        both.addAll(during.live());
        assertEquals(0, awaitingRebuild(), "the rebuild filled every row");
        Reports.expected(new Oracle(both), FIRST, LAST).assertMatch(Reports.take(FIRST, LAST), OracleTest.VOLATILE);
        before.plus(new Oracle(during.live())).assertMatch(Reports.take(null, null), OracleTest.VOLATILE);
    }

    @Test
    @Order(2)
    void aRebuildGivesIdenticalReportsAndNoDipWhileItRuns() throws Exception {
        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        Reports before = Reports.take(null, null);
        Reports window = Reports.take(FIRST, LAST); // with the companies, products and records reports
        JsonNode national = before.answers.get(before.national());
        startRebuild();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
            ExactJson.assertSame("during the rebuild", national, ExactJson.get("/api/reports/national"), Set.of("asOf"));
            return "SUCCEEDED".equals(status().get("status").asText());
        });
        before.assertMatch(Reports.take(null, null), Set.of("asOf"));
        window.assertMatch(Reports.take(FIRST, LAST), Set.of("asOf"));
    }

    @Test
    @Order(3)
    void oneRebuildAtATimeAndAnInterruptedOneIsReported() throws Exception {
        SharedInfra.Database db = SharedInfra.database("reporting");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + RebuildStatusStore.LOCK_KEY + ")"); // another instance rebuilding
            given().when().post("/api/admin/rebuild").then().statusCode(409).contentType("application/problem+json");
            s.execute("SELECT pg_advisory_unlock(" + RebuildStatusStore.LOCK_KEY + ")");
            s.execute("UPDATE rebuild_status SET status = 'RUNNING' WHERE id = 1"); // its instance then died
            JsonNode interrupted = status();
            assertEquals("FAILED", interrupted.get("status").asText());
            assertTrue(interrupted.get("error").asText().startsWith("interrupted"), interrupted.toString());
        }
        startRebuild();
        awaitRebuild();
    }

    /**
     * Makes this test's rows look as the V3 migration left rows projected before it: company, product, ... null,
     * nothing of them in the company and product tables. Returns how many rows.
     */
    private static int forgetDetails() throws Exception {
        SharedInfra.Database db = SharedInfra.database("reporting");
        String days = " BETWEEN DATE '" + FIRST + "' AND DATE '" + LAST + "'";
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            int rows = s.executeUpdate("UPDATE record_state SET company = NULL, company_key = NULL, product = NULL, "
                    + "product_key = NULL, unit = NULL, unit_key = NULL, quantity = NULL, hs_code = NULL, "
                    + "recorded_at = NULL WHERE occurred_on" + days);
            for (String table : List.of("company_total", "company_destination", "product_total")) {
                s.executeUpdate("DELETE FROM " + table + " WHERE day" + days);
            }
            return rows;
        }
    }

    private static long awaitingRebuild() {
        JsonNode health = ExactJson.read(given().when().get("/q/health/ready").then().statusCode(200).extract().asString());
        for (JsonNode check : health.get("checks")) {
            if ("projections".equals(check.get("name").asText())) {
                return check.at("/data/recordsAwaitingRebuild").longValue();
            }
        }
        throw new AssertionError("no projections check: " + health);
    }

    private static JsonNode startRebuild() {
        String body = given().when().post("/api/admin/rebuild").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/admin/rebuild")).extract().asString();
        return ExactJson.read(body);
    }

    private static JsonNode awaitRebuild() {
        JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(RebuildTest::status, s -> !"RUNNING".equals(s.get("status").asText()));
        assertEquals("SUCCEEDED", done.get("status").asText(), done.toString());
        return done;
    }

    private static JsonNode status() {
        return ExactJson.get("/api/admin/rebuild");
    }

    private static long eventsApplied() {
        return ExactJson.get("/api/reports/national").get("eventsApplied").longValue();
    }

    private static void awaitApplied(long expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> eventsApplied() >= expected);
        assertEquals(expected, eventsApplied(), "each distinct ce_id applied once, nothing else");
    }

    private static void publish(Workload w) {
        try (EventWriter events = new EventWriter()) {
            for (Workload.Event e : w.events) {
                events.send(e.record(), e.voiding(), e.ceId(), null).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
