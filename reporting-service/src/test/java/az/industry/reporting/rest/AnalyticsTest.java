package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The companies, products and records reports on hand-computed examples: names compared trimmed and case-folded
 * and shown as first recorded, zones, blocks, order, limit, exact quantities, voids (also before their record), a
 * redelivery, paging, the total headers, and the 400/422 answers. Its records are dated 1995, used by no other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
public class AnalyticsTest {

    static final String SCIP = "sumgayit-chemical-industrial-park";
    static final String GANJA = "ganja-industrial-park";
    static final String YEAR = "from=1995-01-01&to=1995-12-31";
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    /** A name a spreadsheet would run as a formula, with a comma and quotes to quote. */
    static final String EVIL = "=HYPERLINK(\"http://x\"), \"Evil\" Ltd";

    static boolean published;

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @BeforeEach
    void publish() throws Exception {
        if (published) {
            return;
        }
        ProductionRecord voided = production(GANJA, "Ganja Auto", Sector.AUTOMOTIVE, "Light trucks", "3", "vehicles",
                "300.00", LocalDate.of(1995, 4, 2), 6);
        try (EventWriter events = new EventWriter()) {
            events.publish(AnalyticsRecords.voidedCopy(voided), true); // the void first
            events.publish(investment(SCIP, "  SOCAR Polymer ", "100.00", "AZN", 10, LocalDate.of(1995, 1, 10), 1), false);
            events.publish(investment(GANJA, "socar  polymer", "50.00", "USD", 5, LocalDate.of(1995, 2, 10), 2), false);
            ProductionRecord p1 = production(SCIP, "SOCAR POLYMER", Sector.POLYMER, "Polypropylene", "10.5", "t",
                    "1000.00", LocalDate.of(1995, 3, 1), 3);
            String id = events.publish(p1, false);
            events.publish(p1, false, id); // redelivered
            events.publish(production(SCIP, "Ganja Auto", Sector.POLYMER, " polypropylene ", "2.25", "T", "200.00",
                    LocalDate.of(1995, 3, 5), 0), false);
            events.publish(production(GANJA, "Ganja Auto", Sector.AUTOMOTIVE, "Light trucks", "100", "vehicles",
                    "5000.00", LocalDate.of(1995, 4, 1), 5), false);
            events.publish(voided, false);
            events.publish(export(SCIP, "Socar Polymer", "IT", "400.00", LocalDate.of(1995, 3, 10), 4), false);
            events.publish(export(SCIP, EVIL, "DE", "10.00", LocalDate.of(1995, 5, 1), 7), false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> ExactJson.get("/api/reports/national?" + YEAR)
                .at("/exports/count").longValue() == 2
                && ExactJson.get("/api/reports/national?" + YEAR).at("/production/count").longValue() == 3);
        published = true;
    }

    @Test
    void companiesAreComparedByFoldedNameAndShownAsFirstRecorded() {
        JsonNode all = ExactJson.get("/api/reports/companies?" + YEAR);
        assertEquals(3, all.get("count").longValue());
        assertEquals(List.of("Ganja Auto 5200.00 0.00 0.00", "SOCAR Polymer 1000.00 185.00 400.00",
                EVIL + " 0.00 0.00 10.00"), summary(all));
        JsonNode socar = all.at("/companies/1");
        ExactJson.assertSame("SOCAR Polymer", ExactJson.read("""
                {"name": "SOCAR Polymer", "zoneIds": ["ganja-industrial-park", "sumgayit-chemical-industrial-park"],
                 "investment": {"totalAzn": 185.00, "totalUsd": 108.82, "count": 2, "jobsCreated": 15},
                 "production": {"totalAzn": 1000.00, "totalUsd": 588.24, "count": 1},
                 "exports": {"totalAzn": 400.00, "totalUsd": 235.29, "count": 1, "destinationCountries": 1}}"""),
                socar, java.util.Set.of());

        JsonNode scip = ExactJson.get("/api/reports/companies?zoneId=" + SCIP + "&" + YEAR);
        assertEquals(List.of("SOCAR Polymer 1000.00 100.00 400.00", "Ganja Auto 200.00 0.00 0.00",
                EVIL + " 0.00 0.00 10.00"), summary(scip));
        assertEquals("[\"sumgayit-chemical-industrial-park\"]", scip.at("/companies/0/zoneIds").toString());

        JsonNode top = ExactJson.get("/api/reports/companies?limit=1&" + YEAR);
        assertEquals(3, top.get("count").longValue(), "count is over all companies");
        assertEquals(List.of("Ganja Auto 5200.00 0.00 0.00"), summary(top));
        assertEquals(List.of("Ganja Auto 5000.00 0.00 0.00"),
                summary(ExactJson.get("/api/reports/companies?sector=AUTOMOTIVE&" + YEAR)));
        assertEquals(0, ExactJson.get("/api/reports/companies?from=1995-06-01&to=1995-12-31").get("count").longValue());
    }

    @Test
    void productsSumExactQuantitiesPerFoldedProductAndUnit() {
        ExactJson.assertSame("products", ExactJson.read("""
                [{"product": "Light trucks", "unit": "vehicles", "quantity": 100, "totalAzn": 5000.00,
                  "totalUsd": 2941.18, "count": 1},
                 {"product": "polypropylene", "unit": "T", "quantity": 12.75, "totalAzn": 1200.00,
                  "totalUsd": 705.88, "count": 2}]"""), ExactJson.get("/api/reports/products?" + YEAR), java.util.Set.of());
        assertEquals(1, ExactJson.get("/api/reports/products?sector=POLYMER&zoneId=" + SCIP + "&" + YEAR).size());
    }

    @Test
    void recordsAreTheCountedOnesNewestFirstWithTheTotalsInHeaders() {
        Response r = given().get("/api/reports/records?metric=production&" + YEAR);
        r.then().statusCode(200).header("X-Total-Count", "3").header("X-Total-Azn", "6200.00");
        JsonNode rows = ExactJson.read(r.asString());
        List<String> dates = new ArrayList<>();
        rows.forEach(n -> dates.add(n.get("occurredOn").asText() + " " + n.get("company").asText()));
        assertEquals(List.of("1995-04-01 Ganja Auto", "1995-03-05 Ganja Auto", "1995-03-01 SOCAR POLYMER"), dates);
        ExactJson.assertSame("trucks", ExactJson.read("""
                {"zoneId": "ganja-industrial-park", "sector": "AUTOMOTIVE", "company": "Ganja Auto",
                 "occurredOn": "1995-04-01", "amountAzn": 5000.00, "product": "Light trucks", "quantity": 100,
                 "unit": "vehicles", "recordedAt": "2025-01-01T00:00:05Z", "recordedBy": null}"""), rows.get(0),
                java.util.Set.of("id"));

        Response page = given().get("/api/reports/records?metric=production&size=2&page=1&" + YEAR);
        page.then().statusCode(200).header("X-Total-Count", "3");
        assertEquals("1995-03-01", ExactJson.read(page.asString()).get(0).get("occurredOn").asText());
        assertEquals(0, ExactJson.read(given().get("/api/reports/records?metric=production&page=9&" + YEAR).then()
                .statusCode(200).header("X-Total-Count", "3").extract().asString()).size());

        Response exports = given().get("/api/reports/records?metric=exports&country=it&" + YEAR);
        exports.then().statusCode(200).header("X-Total-Count", "1").header("X-Total-Azn", "400.00");
        JsonNode shipment = ExactJson.read(exports.asString()).get(0);
        assertEquals("IT", shipment.get("country").asText());
        assertEquals("3902", shipment.get("hsCode").asText());

        Response socar = given().queryParam("company", " SOCAR \tPOLYMER")
                .get("/api/reports/records?metric=investment&" + YEAR);
        socar.then().statusCode(200).header("X-Total-Count", "2").header("X-Total-Azn", "185.00");
        JsonNode inv = ExactJson.read(socar.asString());
        assertEquals(5, inv.get(0).get("jobsCreated").intValue());
        assertEquals("socar  polymer", inv.get(0).get("company").asText(), "each record shows its own name");
        assertFalse(inv.get(0).has("product"));
        assertFalse(inv.get(0).has("country"));
    }

    @Test
    void badParametersAreProblemsNamingEachField() {
        problem("/api/reports/records", 400, "metric");
        problem("/api/reports/records?metric=investment&country=IT", 400, "country");
        problem("/api/reports/records?metric=exports&country=ITA&page=-1&size=501", 400, "country", "page", "size");
        problem("/api/reports/records?metric=exports&size=abc", 400, "size");
        problem("/api/reports/records?metric=exports&zoneId=atlantis", 422, "zoneId");
        problem("/api/reports/companies?limit=0&sector=FISHING", 400, "limit", "sector");
        problem("/api/reports/companies?zoneId=atlantis", 422, "zoneId");
        problem("/api/reports/products?zoneId=atlantis&from=1995-02-01&to=1995-01-01", 400, "from", "zoneId");
        problem("/api/reports/national?format=xml&from=nope", 400, "format", "from");
        problem("/api/reports/companies?format=pdf", 400, "format");
    }

    static List<String> summary(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("companies").forEach(c -> out.add(c.get("name").asText() + " "
                + c.at("/production/totalAzn").decimalValue().toPlainString() + " "
                + c.at("/investment/totalAzn").decimalValue().toPlainString() + " "
                + c.at("/exports/totalAzn").decimalValue().toPlainString()));
        return out;
    }

    static void problem(String path, int status, String... fields) {
        String body = given().when().get(path).then().statusCode(status).contentType("application/problem+json")
                .extract().asString();
        List<String> named = new ArrayList<>();
        ExactJson.read(body).get("violations").forEach(v -> named.add(v.get("field").asText()));
        assertEquals(List.of(fields), named.stream().sorted().toList(), path + " -> " + body);
    }

    public static InvestmentRecord investment(String zone, String investor, String amount, String currency, int jobs,
            LocalDate on, int second) {
        return new InvestmentRecord(UUID.randomUUID(), zone, investor, Sector.POLYMER, new BigDecimal(amount), currency,
                Records.azn(amount, currency), on, jobs, null, T0.plusSeconds(second), null, false, null, null, null);
    }

    public static ProductionRecord production(String zone, String producer, Sector sector, String product, String quantity,
            String unit, String azn, LocalDate on, int second) {
        return new ProductionRecord(UUID.randomUUID(), zone, producer, sector, product, new BigDecimal(quantity), unit,
                new BigDecimal(azn), "AZN", new BigDecimal(azn), on, T0.plusSeconds(second), null, false, null, null, null);
    }

    public static ExportRecord export(String zone, String exporter, String country, String azn, LocalDate on, int second) {
        return new ExportRecord(UUID.randomUUID(), zone, exporter, Sector.POLYMER, country, "3902", "Polypropylene",
                new BigDecimal("1200.5"), "t", new BigDecimal(azn), "AZN", new BigDecimal(azn), on, T0.plusSeconds(second),
                null, false, null, null, null);
    }

    /** Voided copies of hand-made records. */
    static final class AnalyticsRecords {
        static IndustryRecord voidedCopy(ProductionRecord p) {
            return new ProductionRecord(p.id(), p.zoneId(), p.producer(), p.sector(), p.product(), p.quantity(), p.unit(),
                    p.value(), p.currency(), p.valueAzn(), p.producedOn(), p.recordedAt(),
                    p.recordedBy(), true, Instant.now(), null, "typo");
        }
    }
}
