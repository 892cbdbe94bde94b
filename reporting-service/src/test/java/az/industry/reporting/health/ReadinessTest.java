package az.industry.reporting.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /q/health/ready} reports the consumer: a "projections" check with the events applied and the last batch
 * (all instances and this one) beside SmallRye's Kafka channel check. Its record is dated 2003, used by no other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReadinessTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Test
    void readinessShowsTheConsumerProgress() throws Exception {
        try (EventWriter events = new EventWriter()) {
            events.publish(Records.production("masalli-industrial-quarter", Sector.TEXTILES, "5.00", "AZN",
                    LocalDate.of(2003, 3, 3)), false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !"never".equals(projections().at("/data/instanceLastBatchAt").asText()));
        JsonNode check = projections();
        assertEquals("UP", check.get("status").asText());
        assertTrue(check.at("/data/eventsApplied").longValue() >= 1, check.toString());
        assertTrue(check.at("/data/instanceBatches").longValue() >= 1, check.toString());
        assertNotNull(java.time.Instant.parse(check.at("/data/lastBatchAt").asText()));
        assertTrue(check.at("/data/rebuild").isTextual(), check.toString());
        assertTrue(check.at("/data/recordsAwaitingRebuild").isIntegralNumber(), check.toString());
    }

    private static JsonNode projections() {
        JsonNode health = ExactJson.read(given().when().get("/q/health/ready").then().statusCode(200).extract().asString());
        boolean kafka = false;
        JsonNode projections = null;
        for (JsonNode c : health.get("checks")) {
            kafka |= c.get("name").asText().contains("Reactive Messaging") && c.at("/data/records").asText().contains("OK");
            if ("projections".equals(c.get("name").asText())) {
                projections = c;
            }
        }
        assertTrue(kafka, "SmallRye's Kafka readiness is there too: " + health);
        assertNotNull(projections, health.toString());
        return projections;
    }
}
