package az.industry.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

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

/** Voiding production output: once (200 and a voided event), never twice (409), never what does not exist (404). */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionVoidTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Inject
    ObjectMapper json;

    @Test
    void voidsOnceAndPublishesTheVoidedEvent() throws Exception {
        String id = given().contentType(ContentType.JSON).body(ProductionRecordingTest.body())
                .when().post("/api/production")
                .then().statusCode(201)
                .extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("reason", "  duplicate of an earlier report "))
                .when().post("/api/production/" + id + "/void")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("voided", equalTo(true))
                .body("voidedAt", notNullValue())
                .body("voidReason", equalTo("duplicate of an earlier report"));

        given().when().get("/api/production/" + id)
                .then().statusCode(200)
                .body("voided", equalTo(true))
                .body("voidReason", equalTo("duplicate of an earlier report"));

        try (KafkaProbe probe = new KafkaProbe(Topics.PRODUCTION)) {
            KafkaProbe.Event event = probe.await(Duration.ofSeconds(20),
                    e -> id.equals(e.header("ce_subject")) && "az.industry.production.voided.v1".equals(e.header("ce_type")));
            assertEquals("ganja-industrial-park", event.key());
            assertEquals("1.0", event.header("ce_specversion"));
            assertEquals("/production-service", event.header("ce_source"));
            assertEquals("application/json", event.header("content-type"));
            JsonNode value = json.readTree(event.value());
            assertEquals(id, value.get("id").asText());
            assertTrue(value.get("voided").asBoolean());
            assertEquals("duplicate of an earlier report", value.get("voidReason").asText());
            assertTrue(value.hasNonNull("voidedAt"));
            assertTrue(event.value().contains("\"valueAzn\":107500000.00"), event.value());

            KafkaProbe.Event recorded = probe.await(Duration.ofSeconds(20),
                    e -> id.equals(e.header("ce_subject")) && "az.industry.production.recorded.v1".equals(e.header("ce_type")));
            assertTrue(!recorded.header("ce_id").equals(event.header("ce_id")), "ce_id is unique per event");
        }

        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/production/" + id + "/void")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString(id));
    }

    @Test
    void voidingAnUnknownRecordIs404() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "typo"))
                .when().post("/api/production/" + UUID.randomUUID() + "/void")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void voidingNeedsAReason() {
        String id = given().contentType(ContentType.JSON).body(ProductionRecordingTest.body())
                .when().post("/api/production")
                .then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/api/production/" + id + "/void")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("reason")));
        given().when().get("/api/production/" + id).then().statusCode(200).body("voided", equalTo(false));
    }
}
