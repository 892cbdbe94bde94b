package az.industry.exports.rest;

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
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportRecordingTest {

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
        Map<String, Object> body = new HashMap<>(Map.ofEntries(
                Map.entry("zoneId", "sumgayit-chemical-industrial-park"), Map.entry("exporter", "SOCAR Polymer"),
                Map.entry("sector", "CHEMICAL"), Map.entry("destinationCountry", "IT"), Map.entry("hsCode", "3902"),
                Map.entry("product", "Polypropylene"), Map.entry("quantity", new BigDecimal("1200.5")),
                Map.entry("unit", "t"), Map.entry("value", new BigDecimal("2450000.00")), Map.entry("currency", "USD"),
                Map.entry("shippedOn", "2025-03-14")));
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
    void recordsAShipmentAndPublishesItWithCloudEventsHeaders() throws Exception {
        io.restassured.response.Response created = given().contentType(ContentType.JSON).body(body())
                .when().post("/api/exports")
                .then().statusCode(201)
                .header("Location", containsString("/api/exports/"))
                .body("id", notNullValue())
                .body("zoneId", equalTo("sumgayit-chemical-industrial-park"))
                .body("exporter", equalTo("SOCAR Polymer"))
                .body("sector", equalTo("CHEMICAL"))
                .body("destinationCountry", equalTo("IT"))
                .body("hsCode", equalTo("3902"))
                .body("product", equalTo("Polypropylene"))
                .body("unit", equalTo("t"))
                .body("currency", equalTo("USD"))
                .body("shippedOn", equalTo("2025-03-14"))
                .body("recordedAt", notNullValue())
                .body("voided", equalTo(false))
                .extract().response();
        String response = created.asString();
        // 2 450 000.00 USD × 1.70 = 4 165 000.00 AZN
        assertTrue(response.contains("\"value\":2450000.00"), response);
        assertTrue(response.contains("\"valueAzn\":4165000.00"), response);
        assertTrue(response.contains("\"quantity\":1200.5,"), response);
        String id = json.readTree(response).get("id").asText();
        assertTrue(created.header("Location").endsWith("/api/exports/" + id), created.header("Location"));

        String stored = given().when().get("/api/exports/" + id)
                .then().statusCode(200)
                .body("exporter", equalTo("SOCAR Polymer"))
                .body("destinationCountry", equalTo("IT"))
                .body("hsCode", equalTo("3902"))
                .extract().asString();
        assertTrue(stored.contains("\"valueAzn\":4165000.00"), stored);
        assertTrue(stored.contains("\"quantity\":1200.5,"), stored);

        try (KafkaProbe probe = new KafkaProbe(Topics.EXPORTS)) {
            KafkaProbe.Event event = probe.await(Duration.ofSeconds(20), e -> id.equals(e.header("ce_subject")));
            assertEquals("sumgayit-chemical-industrial-park", event.key());
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("az.industry.export.recorded.v1", event.header("ce_type"));
            assertEquals("/export-service", event.header("ce_source"));
            assertEquals("application/json", event.header("content-type"));
            assertTrue(event.header("ce_id").length() >= 32, "ce_id is a UUID");
            assertTrue(event.header("ce_time") != null, "ce_time is set");
            JsonNode value = json.readTree(event.value());
            assertEquals(id, value.get("id").asText());
            assertTrue(event.value().contains("\"valueAzn\":4165000.00"), event.value());
            assertTrue(event.value().contains("\"value\":2450000.00"), event.value());
            assertTrue(event.value().contains("\"quantity\":1200.5,"), event.value());
            assertEquals("IT", value.get("destinationCountry").asText());
            assertEquals("3902", value.get("hsCode").asText());
            assertEquals("Polypropylene", value.get("product").asText());
            assertEquals("t", value.get("unit").asText());
            assertEquals("USD", value.get("currency").asText());
            assertEquals("CHEMICAL", value.get("sector").asText());
            assertEquals("2025-03-14", value.get("shippedOn").asText());
            assertEquals(false, value.get("voided").asBoolean());
            assertTrue(value.hasNonNull("recordedAt"));
        }
        awaitOutboxEmpty();
    }

    @Test
    void rejectsInvalidInputNamingEachFieldAndChangesNothing() {
        String marker = "invalid-" + UUID.randomUUID();
        long rowsBefore = count("SELECT count(*) FROM export_shipment");
        given().contentType(ContentType.JSON).body(body(
                        "exporter", "", "product", marker, "destinationCountry", "AZ", "hsCode", "39021",
                        "quantity", new BigDecimal("-1"), "unit", "", "value", new BigDecimal("0"), "currency", "XYZ",
                        "shippedOn", LocalDate.now().plusDays(2).toString()))
                .when().post("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("violations.field", hasItem("exporter"))
                .body("violations.field", hasItem("destinationCountry"))
                .body("violations.field", hasItem("hsCode"))
                .body("violations.field", hasItem("quantity"))
                .body("violations.field", hasItem("unit"))
                .body("violations.field", hasItem("value"))
                .body("violations.field", hasItem("currency"))
                .body("violations.field", hasItem("shippedOn"));
        given().contentType(ContentType.JSON).body(body("destinationCountry", null, "hsCode", null, "sector", null,
                        "quantity", new BigDecimal("0.0000001"), "value", new BigDecimal("1.234"), "product", marker))
                .when().post("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("destinationCountry"))
                .body("violations.field", hasItem("hsCode"))
                .body("violations.field", hasItem("sector"))
                .body("violations.field", hasItem("quantity"))
                .body("violations.field", hasItem("value"));
        given().contentType(ContentType.JSON).body(body("sector", "SHIPPING", "product", marker))
                .when().post("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("sector")));
        given().contentType(ContentType.JSON).body(body("shippedOn", "14/03/2025", "product", marker))
                .when().post("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("shippedOn")));
        assertEquals(rowsBefore, count("SELECT count(*) FROM export_shipment"));
        assertEquals(0L, count("SELECT count(*) FROM export_shipment WHERE product = '" + marker + "'"));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + marker + "%'"));
    }

    @Test
    void unknownZoneIs422AndChangesNothing() {
        String marker = "unknown-zone-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(body("zoneId", "atlantis-industrial-park", "product", marker))
                .when().post("/api/exports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("violations.field", equalTo(List.of("zoneId")));
        assertEquals(0L, count("SELECT count(*) FROM export_shipment WHERE product = '" + marker + "'"));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + marker + "%'"));
    }

    @Test
    void unknownIdIs404() {
        given().when().get("/api/exports/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
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
