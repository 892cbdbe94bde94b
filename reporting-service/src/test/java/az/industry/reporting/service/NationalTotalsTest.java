package az.industry.reporting.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.reporting.EventWriter;
import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.Topics;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.KafkaProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Events on the real topics → exact national totals; duplicates, early voids and poison events included. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class NationalTotalsTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    static final String SCIP = "sumgayit-chemical-industrial-park";

    @Test
    void appliesEachEventOnceAndVoidsSubtractInAnyOrder() throws Exception {
        JsonPath before = national();
        BigDecimal invBefore = before.getObject("investment.totalAzn", BigDecimal.class);
        long jobsBefore = before.getLong("investment.jobsCreated");
        long countBefore = before.getLong("investment.count");
        BigDecimal prodBefore = before.getObject("production.totalAzn", BigDecimal.class);
        BigDecimal expBefore = before.getObject("exports.totalAzn", BigDecimal.class);

        InvestmentRecord byd = investment("29000000.00", 150);
        InvestmentRecord voidedLater = investment("1000.01", 3);
        InvestmentRecord voidedFirst = investment("77.77", 7);
        ProductionRecord output = new ProductionRecord(UUID.randomUUID(), SCIP, "SOCAR Polymer", Sector.POLYMER,
                "Polypropylene", new BigDecimal("10"), "t", new BigDecimal("1000000.00"), "AZN",
                new BigDecimal("1000000.00"), LocalDate.of(2025, 3, 1), Instant.now(), null, false, null, null, null);
        ExportRecord shipment = new ExportRecord(UUID.randomUUID(), SCIP, "SOCAR Polymer", Sector.POLYMER, "IT", "3902",
                "Polypropylene", new BigDecimal("1200.5"), "t", new BigDecimal("2450000.00"), "USD",
                new BigDecimal("4165000.00"), LocalDate.of(2025, 3, 14), Instant.now(), null, false, null, null, null);

        try (EventWriter events = new EventWriter()) {
            String id = events.publish(byd, false);
            events.publish(byd, false, id); // redelivered: same ce_id
            events.publish(voidedLater, false);
            events.publish(voided(voidedLater), true);
            events.publish(voided(voidedFirst), true); // the void arrives before its record
            events.publish(voidedFirst, false);
            events.publish(output, false);
            events.publish(shipment, false);
            events.raw(Topics.INVESTMENTS, SCIP, "{not json", "az.industry.investment.recorded.v1",
                    UUID.randomUUID().toString());
            events.publish(investment("0.01", 0), false); // applied after the poison event
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath now = national();
            assertEquals(invBefore.add(new BigDecimal("29000000.01")), now.getObject("investment.totalAzn", BigDecimal.class));
            assertEquals(countBefore + 2, now.getLong("investment.count"));
            assertEquals(jobsBefore + 150, now.getLong("investment.jobsCreated"));
            assertEquals(prodBefore.add(new BigDecimal("1000000.00")), now.getObject("production.totalAzn", BigDecimal.class));
            assertEquals(expBefore.add(new BigDecimal("4165000.00")), now.getObject("exports.totalAzn", BigDecimal.class));
        });

        try (KafkaProbe dlq = new KafkaProbe(Topics.REPORTING_DEAD_LETTER)) {
            KafkaProbe.Event parked = dlq.await(Duration.ofSeconds(20), e -> "{not json".equals(e.value()));
            assertEquals(Topics.INVESTMENTS, parked.header("dead-letter-topic"));
            assertEquals(true, parked.header("dead-letter-reason").startsWith("unparseable JSON"));
        }
    }

    @Test
    void usdViewAndShapeFollowTheContract() {
        String body = given().when().get("/api/reports/national").then().statusCode(200).extract().asString();
        JsonPath json = exact(body);
        BigDecimal azn = json.getObject("investment.totalAzn", BigDecimal.class);
        assertEquals(azn.divide(new BigDecimal("1.70"), 2, java.math.RoundingMode.HALF_EVEN),
                json.getObject("investment.totalUsd", BigDecimal.class));
        assertEquals(true, body.contains("\"from\":null"));
        assertEquals(true, body.contains("\"destinationCountries\":"));
        assertEquals(true, body.contains("\"eventsApplied\":"));
        given().when().get("/api/reports/national?from=2025-02-01&to=2025-01-01").then().statusCode(400);
    }

    private static JsonPath national() {
        return exact(given().when().get("/api/reports/national").then().statusCode(200).extract().asString());
    }

    /** Reads JSON numbers as BigDecimal, never through float. */
    static JsonPath exact(String body) {
        return JsonPath.from(body).using(new io.restassured.path.json.config.JsonPathConfig(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static InvestmentRecord investment(String azn, int jobs) {
        return new InvestmentRecord(UUID.randomUUID(), SCIP, "BYD", Sector.AUTOMOTIVE, new BigDecimal(azn), "AZN",
                new BigDecimal(azn), LocalDate.of(2025, 4, 30), jobs, null, Instant.now(), null, false, null, null, null);
    }

    private static InvestmentRecord voided(InvestmentRecord r) {
        return new InvestmentRecord(r.id(), r.zoneId(), r.investor(), r.sector(), r.amount(), r.currency(), r.amountAzn(),
                r.investedOn(), r.jobsCreated(), r.description(), r.recordedAt(),
                r.recordedBy(), true, Instant.now(), null, "typo");
    }
}
