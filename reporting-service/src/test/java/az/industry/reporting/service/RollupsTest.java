package az.industry.reporting.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.reporting.ConsumerLag;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Oracle;
import az.industry.reporting.Reports;
import az.industry.reporting.Workload;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.SharedInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The summed tables against an independent computation in SQL, over the whole test database: each daily table equals
 * the sums of the counted records ({@code record_state}), each monthly, yearly and overall table the sums of its
 * daily rows (rows summing to zero aside); after a workload with voids, early voids and redeliveries (dated
 * 1986-1987, used by no other test, nor the year before), and again after a rebuild, which computes them its own way and changes no report.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RollupsTest {

    static final LocalDate FIRST = LocalDate.of(1986, 1, 1);
    static final LocalDate LAST = LocalDate.of(1987, 12, 31);
    static final String COUNTED = " FROM record_state WHERE recorded AND NOT voided";

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Test
    void everySummedTableEqualsTheSumsOfWhatItSums() throws Exception {
        Workload workload = Workload.generate(1986L, FIRST, LAST, d -> true, 80, 100, 120);
        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        long applied = ExactJson.get("/api/reports/national").get("eventsApplied").longValue();
        try (EventWriter events = new EventWriter()) {
            for (Workload.Event e : workload.events) {
                events.send(e.record(), e.voiding(), e.ceId(), null);
            }
            events.flush();
        }
        long expected = applied + workload.distinctEventIds();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> ExactJson.get("/api/reports/national").get("eventsApplied").longValue() >= expected);
        Reports.expected(new Oracle(workload.live()), FIRST, LAST).assertMatch(Reports.take(FIRST, LAST), OracleTest.VOLATILE);
        assertSums();

        Reports before = Reports.take(null, null);
        ExactJson.read(io.restassured.RestAssured.given().when().post("/api/admin/rebuild").then().statusCode(202)
                .extract().asString());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING".equals(ExactJson.get("/api/admin/rebuild").get("status").asText()));
        assertEquals("SUCCEEDED", ExactJson.get("/api/admin/rebuild").get("status").asText());
        before.assertMatch(Reports.take(null, null), Set.of("asOf"));
        assertSums();
    }

    private static void assertSums() throws SQLException {
        List<String> differences = new ArrayList<>();
        String totals = "metric, zone_id, sector";
        String values = "sum(total_azn), sum(count), sum(jobs)";
        // daily tables = the counted records
        same(differences, "daily_total", "SELECT kind, zone_id, sector, occurred_on, sum(azn), count(*), sum(jobs)" + COUNTED
                + " GROUP BY 1, 2, 3, 4", "SELECT " + totals + ", day, total_azn, count, jobs FROM daily_total" + nonZero(3));
        same(differences, "destination_total", "SELECT country, zone_id, sector, occurred_on, sum(azn), count(*)" + COUNTED
                + " AND country IS NOT NULL GROUP BY 1, 2, 3, 4",
                "SELECT country, zone_id, sector, day, total_azn, count FROM destination_total" + nonZero(2));
        same(differences, "company_total", "SELECT company_key, kind, zone_id, sector, occurred_on, sum(azn), count(*), "
                + "sum(jobs)" + COUNTED + " AND company_key IS NOT NULL GROUP BY 1, 2, 3, 4, 5",
                "SELECT company_key, " + totals + ", day, total_azn, count, jobs FROM company_total" + nonZero(3));
        same(differences, "company_destination", "SELECT company_key, country, zone_id, sector, occurred_on, count(*)"
                + COUNTED + " AND company_key IS NOT NULL AND country IS NOT NULL GROUP BY 1, 2, 3, 4, 5",
                "SELECT company_key, country, zone_id, sector, day, count FROM company_destination WHERE count <> 0");
        same(differences, "product_total", "SELECT product_key, unit_key, zone_id, sector, occurred_on, sum(azn), count(*), "
                + "sum(quantity)" + COUNTED + " AND company_key IS NOT NULL AND kind = 'PRODUCTION' GROUP BY 1, 2, 3, 4, 5",
                "SELECT product_key, unit_key, zone_id, sector, day, total_azn, count, quantity FROM product_total"
                        + " WHERE total_azn <> 0 OR count <> 0 OR quantity <> 0");
        // coarser tables = their daily rows
        for (String grain : List.of("month", "year")) {
            String day = "CAST(date_trunc('" + grain + "', day) AS date)";
            same(differences, grain + "ly_total", "SELECT " + totals + ", " + day + ", " + values
                    + " FROM daily_total GROUP BY 1, 2, 3, 4" + havingNonZero(3),
                    "SELECT " + totals + ", day, total_azn, count, jobs FROM " + grain + "ly_total" + nonZero(3));
            same(differences, "destination_" + grain + "ly", "SELECT country, zone_id, sector, " + day
                    + ", sum(total_azn), sum(count) FROM destination_total GROUP BY 1, 2, 3, 4" + havingNonZero(2),
                    "SELECT country, zone_id, sector, day, total_azn, count FROM destination_" + grain + "ly" + nonZero(2));
        }
        same(differences, "overall_total", "SELECT " + totals + ", " + values + " FROM daily_total GROUP BY 1, 2, 3"
                + havingNonZero(3), "SELECT " + totals + ", total_azn, count, jobs FROM overall_total" + nonZero(3));
        same(differences, "destination_overall", "SELECT country, zone_id, sector, sum(total_azn), sum(count) "
                + "FROM destination_total GROUP BY 1, 2, 3" + havingNonZero(2),
                "SELECT country, zone_id, sector, total_azn, count FROM destination_overall" + nonZero(2));
        if (!differences.isEmpty()) {
            fail(String.join("\n", differences));
        }
    }

    private static String nonZero(int values) {
        return " WHERE total_azn <> 0 OR count <> 0" + (values == 3 ? " OR jobs <> 0" : "");
    }

    private static String havingNonZero(int values) {
        return " HAVING sum(total_azn) <> 0 OR sum(count) <> 0" + (values == 3 ? " OR sum(jobs) <> 0" : "");
    }

    /** Notes in {@code differences} the rows in one of the two selections and not in the other. */
    private static void same(List<String> differences, String table, String expected, String actual) throws SQLException {
        SharedInfra.Database db = SharedInfra.database("reporting");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"); // both sides of one snapshot
            long rows;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + actual + ") a")) {
                rs.next();
                rows = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT 'missing' AS d, * FROM ((" + expected + ") EXCEPT ALL (" + actual
                    + ")) e UNION ALL SELECT 'extra', * FROM ((" + actual + ") EXCEPT ALL (" + expected + ")) a LIMIT 5")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table + " (" + rows + " rows): " + rs.getString(1));
                    for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(' ').append(rs.getString(i));
                    }
                    differences.add(row.toString());
                }
            }
            c.rollback();
            if (rows == 0 && !table.startsWith("company") && !table.startsWith("product")) {
                differences.add(table + ": empty");
            }
        }
    }
}
