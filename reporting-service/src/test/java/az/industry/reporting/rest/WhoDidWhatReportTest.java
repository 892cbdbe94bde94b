package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.reporting.rest.csv.CsvReportsTest;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Who did what in the records report, from events that carry it: {@code recordedBy} on every counted record (null
 * for an event written before it was kept), and with {@code includeVoided=true} the voided ones too, with
 * {@code voidedBy}, {@code voidedAt} and {@code voidReason}, whichever of the record's events came first, and left
 * out of {@code X-Total-*}. Its records are dated 1994, used by no other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class WhoDidWhatReportTest {

    static final String SCIP = "sumgayit-chemical-industrial-park";
    static final String YEAR = "metric=investment&from=1994-01-01&to=1994-12-31";
    static final Instant VOIDED_AT = Instant.parse("2025-02-03T04:05:06.789Z");

    /** Whether this class's events are on the topics already (they are published once, before the first test). */
    static boolean published;

    @BeforeEach
    void asAdminWithTheEventsPublished() throws Exception {
        Auth.asAdmin();
        if (!published) {
            publishTheEvents();
            published = true;
        }
    }

    static void publishTheEvents() throws Exception {
        try (EventWriter events = new EventWriter()) {
            events.publish(investment("Counted", "100.00", LocalDate.of(1994, 4, 1), "ayla@test"), false);
            InvestmentRecord voidedLater = investment("Voided later", "20.00", LocalDate.of(1994, 3, 1), "ayla@test");
            events.publish(voidedLater, false);
            events.publish(voided(voidedLater, "rashad@test", "entered twice"), true);
            InvestmentRecord voidedFirst = investment("Voided first", "30.00", LocalDate.of(1994, 2, 1), "leyla@test");
            events.publish(voided(voidedFirst, "rashad@test", "wrong zone"), true);
            events.publish(voidedFirst, false);
            ObjectNode legacy = (ObjectNode) ExactJson.read(events.json(
                    investment("Before who did what", "5.00", LocalDate.of(1994, 1, 1), "nobody@test")));
            legacy.remove(List.of("recordedBy", "voidedBy"));
            events.raw("industry.investments.v1", SCIP, legacy.toString(), "az.industry.investment.recorded.v1",
                    UUID.randomUUID().toString());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/reports/records?includeVoided=true&"
                + YEAR).then().extract().header("X-Voided-Count").equals("2") && ExactJson.get(
                "/api/reports/national?from=1994-01-01&to=1994-12-31").at("/investment/count").longValue() == 2);
    }

    @Test
    void theCountedRecordsShowWhoRecordedThemAndNothingOfVoids() {
        Response r = given().get("/api/reports/records?" + YEAR);
        r.then().statusCode(200).header("X-Total-Count", "2").header("X-Total-Azn", "105.00");
        assertFalse(r.headers().hasHeaderWithName("X-Voided-Count"), "only with includeVoided");
        JsonNode rows = ExactJson.read(r.asString());
        assertEquals(List.of("Counted ayla@test", "Before who did what null"), summary(rows));
        assertTrue(rows.get(1).has("recordedBy") && rows.get(1).get("recordedBy").isNull(), rows.toString());
        for (JsonNode row : rows) {
            for (String field : List.of("voided", "voidedAt", "voidedBy", "voidReason")) {
                assertFalse(row.has(field), field + " is not in the counted list: " + row);
            }
        }
    }

    @Test
    void includeVoidedListsTheVoidedOnesTooWithWhoVoidedThemWhenAndWhyButCountsThemApart() {
        Response r = given().get("/api/reports/records?includeVoided=true&" + YEAR);
        r.then().statusCode(200).header("X-Total-Count", "2").header("X-Total-Azn", "105.00")
                .header("X-Voided-Count", "2");
        JsonNode rows = ExactJson.read(r.asString());
        assertEquals(List.of("Counted ayla@test", "Voided later ayla@test", "Voided first leyla@test",
                "Before who did what null"), summary(rows));
        ExactJson.assertSame("voided later", ExactJson.read("""
                {"zoneId": "sumgayit-chemical-industrial-park", "sector": "CHEMICAL", "company": "Voided later",
                 "occurredOn": "1994-03-01", "amountAzn": 20.00, "jobsCreated": 3,
                 "recordedAt": "2025-01-01T00:00:00Z", "recordedBy": "ayla@test", "voided": true,
                 "voidedAt": "2025-02-03T04:05:06.789Z", "voidedBy": "rashad@test", "voidReason": "entered twice"}"""),
                rows.get(1), java.util.Set.of("id"));
        assertEquals("wrong zone", rows.get(2).get("voidReason").asText(), "a void before its record keeps its reason");
        assertEquals("rashad@test", rows.get(2).get("voidedBy").asText());
        assertFalse(rows.get(0).get("voided").asBoolean());
        assertFalse(rows.get(0).has("voidedBy"), rows.get(0).toString());

        Response page = given().get("/api/reports/records?includeVoided=true&size=1&page=2&" + YEAR);
        page.then().statusCode(200).header("X-Total-Count", "2").header("X-Voided-Count", "2");
        assertEquals(List.of("Voided first leyla@test"), summary(ExactJson.read(page.asString())));
        given().get("/api/reports/records?includeVoided=false&" + YEAR).then().statusCode(200)
                .header("X-Total-Count", "2");
    }

    @Test
    void theCsvHasTheSameColumnsAndABadIncludeVoidedIs400() {
        String csv = given().get("/api/reports/records?includeVoided=true&format=csv&" + YEAR).then().statusCode(200)
                .header("X-Voided-Count", "2").extract().asString();
        JsonNode json = ExactJson.get("/api/reports/records?includeVoided=true&" + YEAR);
        CsvReportsTest.assertCsvEqualsJson("records with voided", json, csv);
        assertTrue(csv.contains(",rashad@test,entered twice\r\n"), csv);
        AnalyticsTest.problem("/api/reports/records?includeVoided=yes&" + YEAR, 400, "includeVoided");
    }

    static List<String> summary(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(n -> out.add(n.get("company").asText() + " " + n.get("recordedBy").asText()));
        return out;
    }

    static InvestmentRecord investment(String investor, String azn, LocalDate on, String recordedBy) {
        return new InvestmentRecord(UUID.randomUUID(), SCIP, investor, Sector.CHEMICAL, new BigDecimal(azn), "AZN",
                new BigDecimal(azn), on, 3, null, Instant.parse("2025-01-01T00:00:00Z"), recordedBy, false, null, null,
                null);
    }

    static InvestmentRecord voided(InvestmentRecord r, String voidedBy, String reason) {
        return new InvestmentRecord(r.id(), r.zoneId(), r.investor(), r.sector(), r.amount(), r.currency(),
                r.amountAzn(), r.investedOn(), r.jobsCreated(), r.description(), r.recordedAt(), r.recordedBy(), true,
                VOIDED_AT, voidedBy, reason);
    }
}
