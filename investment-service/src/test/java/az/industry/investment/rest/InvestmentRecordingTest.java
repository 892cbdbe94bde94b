package az.industry.investment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.KafkaProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST → row + outbox in one transaction → relay → Kafka, read back with a plain KafkaConsumer. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentRecordingTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void recordsAnInvestmentAndPublishesItWithCloudEventsHeaders() throws Exception {
        String id = given().contentType(ContentType.JSON).body(Map.of(
                        "zoneId", "sumgayit-chemical-industrial-park", "investor", "BYD", "sector", "AUTOMOTIVE",
                        "amount", new BigDecimal("29000000.00"), "currency", "USD", "investedOn", "2025-04-30",
                        "jobsCreated", 150, "description", "Electric bus plant"))
                .when().post("/api/investments")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/investments/"))
                .body("amount", equalTo(29000000.00f))
                .body("amountAzn", equalTo(49300000.00f))
                .body("currency", equalTo("USD"))
                .body("jobsCreated", equalTo(150))
                .body("voided", equalTo(false))
                .extract().path("id");

        given().when().get("/api/investments/" + id).then().statusCode(200).body("investor", equalTo("BYD"));

        try (KafkaProbe probe = new KafkaProbe(Topics.INVESTMENTS)) {
            KafkaProbe.Event event = probe.await(Duration.ofSeconds(20), e -> id.equals(e.header("ce_subject")));
            assertEquals("sumgayit-chemical-industrial-park", event.key());
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("az.industry.investment.recorded.v1", event.header("ce_type"));
            assertEquals("/investment-service", event.header("ce_source"));
            assertEquals("application/json", event.header("content-type"));
            assertTrue(event.header("ce_id").length() >= 32, "ce_id is a UUID");
            assertTrue(event.header("ce_time") != null, "ce_time is set");
            JsonNode value = json.readTree(event.value());
            assertEquals(id, value.get("id").asText());
            assertTrue(event.value().contains("\"amountAzn\":49300000.00"), event.value());
            assertTrue(event.value().contains("\"amount\":29000000.00"), event.value());
            assertEquals("USD", value.get("currency").asText());
            assertEquals("AUTOMOTIVE", value.get("sector").asText());
            assertEquals("2025-04-30", value.get("investedOn").asText());
            assertEquals(150, value.get("jobsCreated").asInt());
            assertTrue(value.hasNonNull("recordedAt"));
        }
        awaitOutboxEmpty();
    }

    @Test
    void rejectsInvalidInputNamingEachFieldAndChangesNothing() {
        long rowsBefore = count("SELECT count(*) FROM investment");
        given().contentType(ContentType.JSON).body(Map.of(
                        "zoneId", "sumgayit-chemical-industrial-park", "investor", "", "sector", "AUTOMOTIVE",
                        "amount", new BigDecimal("-5.001"), "currency", "XYZ",
                        "investedOn", LocalDate.now().plusDays(2).toString(), "jobsCreated", -1))
                .when().post("/api/investments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("violations.field", hasItem("investor"))
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("currency"))
                .body("violations.field", hasItem("investedOn"))
                .body("violations.field", hasItem("jobsCreated"));
        assertEquals(rowsBefore, count("SELECT count(*) FROM investment"));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%\"investor\":\"\"%'"));
    }

    @Test
    void unknownZoneIs422() {
        given().contentType(ContentType.JSON).body(Map.of(
                        "zoneId", "atlantis-industrial-park", "investor", "X", "sector", "OTHER",
                        "amount", 10, "currency", "AZN", "investedOn", "2024-01-01", "jobsCreated", 0))
                .when().post("/api/investments")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("zoneId")));
    }

    @Test
    void unreadableFieldsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"zoneId\": \"ganja-industrial-park\", \"investor\": \"X\", "
                        + "\"sector\": \"WOODWORK\", \"amount\": 10, \"currency\": \"AZN\", \"investedOn\": \"2024-01-01\", "
                        + "\"jobsCreated\": 0}")
                .when().post("/api/investments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("sector")));
        given().contentType(ContentType.JSON).body("{\"zoneId\": ")
                .when().post("/api/investments")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void awaitOutboxEmpty() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM outbox_event") == 0L);
    }

    @jakarta.transaction.Transactional
    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
