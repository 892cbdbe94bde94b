package az.industry.production.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
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
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionRecordingTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The contract's example body, with {@code changes} applied (a null value removes the field). */
    static Map<String, Object> body(Object... changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "zoneId", "ganja-industrial-park", "producer", "Ganja Automobile Plant", "sector", "AUTOMOTIVE",
                "product", "Light trucks", "quantity", 3761, "unit", "vehicles",
                "value", new BigDecimal("107500000.00"), "currency", "AZN", "producedOn", "2024-12-31"));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                body.remove((String) changes[i]);
            } else {
                body.put((String) changes[i], changes[i + 1]);
            }
        }
        return body;
    }

    @Test
    void recordsProductionAndPublishesItWithCloudEventsHeaders() throws Exception {
        String response = given().contentType(ContentType.JSON).body(body())
                .when().post("/api/production")
                .then().statusCode(201)
                .header("Location", containsString("/api/production/"))
                .body("id", notNullValue())
                .body("zoneId", equalTo("ganja-industrial-park"))
                .body("producer", equalTo("Ganja Automobile Plant"))
                .body("sector", equalTo("AUTOMOTIVE"))
                .body("product", equalTo("Light trucks"))
                .body("quantity", equalTo(3761))
                .body("unit", equalTo("vehicles"))
                .body("currency", equalTo("AZN"))
                .body("producedOn", equalTo("2024-12-31"))
                .body("recordedAt", notNullValue())
                .body("voided", equalTo(false))
                .extract().asString();
        assertTrue(response.contains("\"value\":107500000.00"), response);
        assertTrue(response.contains("\"valueAzn\":107500000.00"), response);
        String id = json.readTree(response).get("id").asText();

        String stored = given().when().get("/api/production/" + id)
                .then().statusCode(200)
                .body("producer", equalTo("Ganja Automobile Plant"))
                .body("quantity", equalTo(3761))
                .extract().asString();
        assertTrue(stored.contains("\"valueAzn\":107500000.00"), stored);

        try (KafkaProbe probe = new KafkaProbe(Topics.PRODUCTION)) {
            KafkaProbe.Event event = probe.await(Duration.ofSeconds(20), e -> id.equals(e.header("ce_subject")));
            assertEquals("ganja-industrial-park", event.key());
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("az.industry.production.recorded.v1", event.header("ce_type"));
            assertEquals("/production-service", event.header("ce_source"));
            assertEquals("application/json", event.header("content-type"));
            assertTrue(event.header("ce_id").length() >= 32, "ce_id is a UUID");
            assertTrue(event.header("ce_time") != null, "ce_time is set");
            JsonNode value = json.readTree(event.value());
            assertEquals(id, value.get("id").asText());
            assertTrue(event.value().contains("\"valueAzn\":107500000.00"), event.value());
            assertTrue(event.value().contains("\"value\":107500000.00"), event.value());
            assertTrue(event.value().contains("\"quantity\":3761"), event.value());
            assertEquals("vehicles", value.get("unit").asText());
            assertEquals("Light trucks", value.get("product").asText());
            assertEquals("AZN", value.get("currency").asText());
            assertEquals("AUTOMOTIVE", value.get("sector").asText());
            assertEquals("2024-12-31", value.get("producedOn").asText());
            assertEquals(false, value.get("voided").asBoolean());
            assertTrue(value.hasNonNull("recordedAt"));
        }
        awaitOutboxEmpty();
    }

    @Test
    void convertsUsdAtThePegRoundingHalfEvenAndKeepsFractionalQuantities() {
        String response = given().contentType(ContentType.JSON)
                .body(body("value", new BigDecimal("0.05"), "currency", "USD", "quantity", new BigDecimal("1200.500"),
                        "unit", "t"))
                .when().post("/api/production")
                .then().statusCode(201)
                .extract().asString();
        // 0.05 × 1.70 = 0.085 → 0.08 (half-even)
        assertTrue(response.contains("\"valueAzn\":0.08"), response);
        assertTrue(response.contains("\"value\":0.05"), response);
        assertTrue(response.contains("\"quantity\":1200.5,"), response);
        String id = jsonId(response);
        String stored = given().when().get("/api/production/" + id).then().statusCode(200).extract().asString();
        assertTrue(stored.contains("\"quantity\":1200.5,"), stored);
        assertTrue(stored.contains("\"valueAzn\":0.08"), stored);
    }

    @Test
    void rejectsInvalidInputNamingEachFieldAndChangesNothing() {
        String marker = "invalid-" + UUID.randomUUID();
        long rowsBefore = count("SELECT count(*) FROM production");
        given().contentType(ContentType.JSON).body(body(
                        "producer", "", "product", marker, "quantity", new BigDecimal("0"), "unit", "x".repeat(51),
                        "value", new BigDecimal("-5.001"), "currency", "XYZ",
                        "producedOn", LocalDate.now().plusDays(2).toString()))
                .when().post("/api/production")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("violations.field", hasItem("producer"))
                .body("violations.field", hasItem("quantity"))
                .body("violations.field", hasItem("unit"))
                .body("violations.field", hasItem("value"))
                .body("violations.field", hasItem("currency"))
                .body("violations.field", hasItem("producedOn"));
        given().contentType(ContentType.JSON).body(body(
                        "product", " ", "quantity", new BigDecimal("1.0000001"), "unit", null,
                        "value", new BigDecimal("1234567890123456.00"), "producedOn", null, "sector", null))
                .when().post("/api/production")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("product"))
                .body("violations.field", hasItem("quantity"))
                .body("violations.field", hasItem("unit"))
                .body("violations.field", hasItem("value"))
                .body("violations.field", hasItem("producedOn"))
                .body("violations.field", hasItem("sector"));
        given().contentType(ContentType.JSON).body(body("sector", "WOODWORK", "product", marker))
                .when().post("/api/production")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("sector")));
        given().contentType(ContentType.JSON).body(body("quantity", "a lot", "product", marker))
                .when().post("/api/production")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("quantity")));
        given().contentType(ContentType.JSON).body(body("producedOn", "31.12.2024", "product", marker))
                .when().post("/api/production")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("producedOn")));
        assertEquals(rowsBefore, count("SELECT count(*) FROM production"));
        assertEquals(0L, count("SELECT count(*) FROM production WHERE product = '" + marker + "'"));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + marker + "%'"));
    }

    @Test
    void unknownZoneIs422AndChangesNothing() {
        String marker = "unknown-zone-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(body("zoneId", "atlantis-industrial-park", "product", marker))
                .when().post("/api/production")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("violations.field", equalTo(List.of("zoneId")));
        assertEquals(0L, count("SELECT count(*) FROM production WHERE product = '" + marker + "'"));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + marker + "%'"));
    }

    @Test
    void unknownIdIs404() {
        given().when().get("/api/production/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private String jsonId(String response) {
        try {
            return json.readTree(response).get("id").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void awaitOutboxEmpty() {
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM outbox_event") == 0L);
    }

    @jakarta.transaction.Transactional
    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
