package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code GET /api/reports/timeseries} on hand-computed examples: labels, empty periods, growth (and when it is
 * null), zone/sector filters, a window compared like for like a year earlier, and its 400/422 answers; on the same
 * examples, {@code GET /api/reports/sectors?zoneId=}. Its records
 * are dated 2010-2012, which no other test uses (nor 2009, the year before).
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class TimeSeriesTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    static final String MINGACHEVIR = "mingachevir-industrial-park";
    static final String AGHDAM = "aghdam-industrial-park";
    static final String WINDOW = "&from=2010-01-01&to=2012-12-31";

    static boolean published;

    /** Publishes the examples once, before the first test of the class. */
    @BeforeEach
    void publish() throws Exception {
        if (published) {
            return;
        }
        try (EventWriter events = new EventWriter()) {
            events.publish(Records.investment(MINGACHEVIR, Sector.CHEMICAL, "100.00", "AZN", LocalDate.of(2010, 1, 15), 1), false);
            events.publish(Records.investment(AGHDAM, Sector.METALLURGY, "50.00", "USD", LocalDate.of(2010, 2, 10), 1), false);
            events.publish(Records.investment(MINGACHEVIR, Sector.CHEMICAL, "130", "AZN", LocalDate.of(2011, 1, 5), 1), false);
            // 0.05 USD = 0.085 AZN, half-even to 0.08
            events.publish(Records.investment(AGHDAM, Sector.METALLURGY, "0.05", "USD", LocalDate.of(2011, 2, 20), 1), false);
            InvestmentRecord voided = Records.investment(MINGACHEVIR, Sector.CHEMICAL, "1000.00", "AZN", LocalDate.of(2012, 3, 31), 1);
            events.publish(voided, false);
            events.publish(Records.voided(voided), true);
            events.publish(Records.investment(MINGACHEVIR, Sector.CHEMICAL, "370.00", "AZN", LocalDate.of(2012, 12, 31), 1), false);
            events.publish(Records.export(MINGACHEVIR, Sector.CHEMICAL, "DE", "1700.00", "AZN", LocalDate.of(2010, 6, 1)), false);
            events.publish(Records.production(AGHDAM, Sector.METALLURGY, "10.00", "AZN", LocalDate.of(2012, 7, 7)), false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> ExactJson.get("/api/reports/national?from=2010-01-01&to=2012-12-31")
                .at("/investment/count").longValue() == 5
                && ExactJson.get("/api/reports/national?from=2010-01-01&to=2012-12-31").at("/production/count").longValue() == 1);
        published = true;
    }

    @Test
    void yearsAndQuartersWithGrowthOverTheYearBefore() {
        assertSeries("metric=investment&granularity=year" + WINDOW,
                "2010 185.00 108.82 2 null", "2011 130.08 76.52 2 -0.2969", "2012 370.00 217.65 1 1.8444");
        assertSeries("metric=investment&granularity=quarter" + WINDOW,
                "2010-Q1 185.00 108.82 2 null", "2010-Q2 0.00 0.00 0 null", "2010-Q3 0.00 0.00 0 null",
                "2010-Q4 0.00 0.00 0 null", "2011-Q1 130.08 76.52 2 -0.2969", "2011-Q2 0.00 0.00 0 null",
                "2011-Q3 0.00 0.00 0 null", "2011-Q4 0.00 0.00 0 null", "2012-Q1 0.00 0.00 0 -1.0000",
                "2012-Q2 0.00 0.00 0 null", "2012-Q3 0.00 0.00 0 null", "2012-Q4 370.00 217.65 1 null");
    }

    @Test
    void monthsFromTheFirstToTheLastWithData() {
        List<String> expected = new ArrayList<>();
        for (LocalDate m = LocalDate.of(2010, 1, 1); m.getYear() <= 2012; m = m.plusMonths(1)) {
            String label = m.toString().substring(0, 7);
            expected.add(switch (label) {
                case "2010-01" -> "2010-01 100.00 58.82 1 null";
                case "2010-02" -> "2010-02 85.00 50.00 1 null";
                case "2011-01" -> "2011-01 130.00 76.47 1 0.3000";
                case "2011-02" -> "2011-02 0.08 0.05 1 -0.9991";
                case "2012-01", "2012-02" -> label + " 0.00 0.00 0 -1.0000";
                case "2012-12" -> "2012-12 370.00 217.65 1 null";
                default -> label + " 0.00 0.00 0 null"; // 2012-03 too: its only record is voided
            });
        }
        assertSeries("metric=investment&granularity=month" + WINDOW, expected.toArray(String[]::new));
    }

    @Test
    void filtersByMetricZoneAndSector() {
        assertSeries("metric=exports&granularity=quarter" + WINDOW, "2010-Q2 1700.00 1000.00 1 null");
        assertSeries("metric=production&granularity=year" + WINDOW, "2012 10.00 5.88 1 null");
        assertSeries("metric=investment&granularity=year&sector=METALLURGY" + WINDOW,
                "2010 85.00 50.00 1 null", "2011 0.08 0.05 1 -0.9991");
        assertSeries("metric=investment&granularity=year&zoneId=" + MINGACHEVIR + "&sector=CHEMICAL" + WINDOW,
                "2010 100.00 58.82 1 null", "2011 130.00 76.47 1 0.3000", "2012 370.00 217.65 1 1.8462");
        assertSeries("metric=investment&granularity=year&zoneId=" + AGHDAM + "&sector=CHEMICAL" + WINDOW);
    }

    @Test
    void aWindowIsComparedWithTheSameWindowAYearEarlier() {
        assertSeries("metric=investment&granularity=month&from=2011-01-01&to=2011-01-31", "2011-01 130.00 76.47 1 0.3000");
        // 2011 from February: 0.08 against February-December 2010 (85.00), not against all of 2010
        assertSeries("metric=investment&granularity=year&from=2011-02-01&to=2012-12-31",
                "2011 0.08 0.05 1 -0.9991", "2012 370.00 217.65 1 1.8444");
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        problem("/api/reports/timeseries", 400, "granularity", "metric");
        problem("/api/reports/timeseries?metric=revenue&granularity=month", 400, "metric");
        problem("/api/reports/timeseries?metric=investment&granularity=week", 400, "granularity");
        problem("/api/reports/timeseries?metric=investment&granularity=year&sector=FISHING", 400, "sector");
        problem("/api/reports/timeseries?metric=investment&granularity=year&from=2025-13-01", 400, "from");
        problem("/api/reports/timeseries?metric=investment&granularity=year&from=2025-02-01&to=2025-01-01", 400, "from");
        problem("/api/reports/timeseries?metric=investment&granularity=year&zoneId=atlantis", 422, "zoneId");
        problem("/api/reports/timeseries?metric=nope&granularity=year&zoneId=atlantis", 400, "metric", "zoneId");
        problem("/api/reports/national?from=yesterday", 400, "from");
        problem("/api/reports/destinations?zoneId=atlantis", 422, "zoneId");
        problem("/api/reports/sectors?zoneId=atlantis", 422, "zoneId");
        given().when().get("/api/reports/zones/atlantis").then().statusCode(404)
                .contentType("application/problem+json");
        // names are read case-insensitively
        given().when().get("/api/reports/timeseries?metric=INVESTMENT&granularity=Year" + WINDOW).then().statusCode(200);
    }

    @Test
    void sectorsOfOneZoneOnTheSameExamples() {
        // Mingachevir: chemical investments 100 + 130 + 370 (the 1,000 was voided) and the 1,700 export to DE
        assertSector(MINGACHEVIR, "CHEMICAL", "600.00 3 1700.00 1 1 0.00 0");
        assertSector(MINGACHEVIR, "METALLURGY", "0.00 0 0.00 0 0 0.00 0");
        // Aghdam: 50 USD = 85.00 AZN and 0.05 USD = 0.08 AZN of metallurgy investment, 10.00 of production
        assertSector(AGHDAM, "METALLURGY", "85.08 2 0.00 0 0 10.00 1");
        assertSector(AGHDAM, "CHEMICAL", "0.00 0 0.00 0 0 0.00 0");
    }

    /** Asserts one sector of one zone, written "investmentAzn count exportsAzn count countries productionAzn count". */
    private static void assertSector(String zone, String sector, String expected) {
        for (JsonNode s : ExactJson.get("/api/reports/sectors?zoneId=" + zone + WINDOW)) {
            if (s.get("sector").asText().equals(sector)) {
                assertEquals(expected, s.at("/investment/totalAzn").decimalValue().toPlainString() + " "
                        + s.at("/investment/count").longValue() + " " + s.at("/exports/totalAzn").decimalValue().toPlainString()
                        + " " + s.at("/exports/count").longValue() + " " + s.at("/exports/destinationCountries").longValue()
                        + " " + s.at("/production/totalAzn").decimalValue().toPlainString() + " "
                        + s.at("/production/count").longValue(), zone + " " + sector);
                return;
            }
        }
        throw new AssertionError("no sector " + sector);
    }

    /** Asserts the series, each period written "label totalAzn totalUsd count growth", exactly (scale included). */
    private static void assertSeries(String query, String... periods) {
        JsonNode series = ExactJson.get("/api/reports/timeseries?" + query);
        List<String> actual = new ArrayList<>();
        for (JsonNode p : series) {
            actual.add(p.get("period").asText() + " " + p.get("totalAzn").decimalValue().toPlainString() + " "
                    + p.get("totalUsd").decimalValue().toPlainString() + " " + p.get("count").longValue() + " "
                    + (p.get("growth").isNull() ? "null" : p.get("growth").decimalValue().toPlainString()));
        }
        assertEquals(List.of(periods), actual, query);
    }

    private static void problem(String path, int status, String... fields) {
        String body = given().when().get(path).then().statusCode(status).contentType("application/problem+json")
                .extract().asString();
        List<String> named = new ArrayList<>();
        ExactJson.read(body).get("violations").forEach(v -> named.add(v.get("field").asText()));
        assertEquals(List.of(fields), named.stream().sorted().toList(), path + " -> " + body);
    }
}
