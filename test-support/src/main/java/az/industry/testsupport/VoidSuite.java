package az.industry.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * Voiding, as every write service does it: once (200, the record marked, a voided event carrying the record as it
 * now stands), never twice (409), never what does not exist (404), never without a reason (400, nothing changed).
 */
public abstract class VoidSuite extends WriteApiTestBase {

    @Test
    void voidsOnceAndPublishesTheVoidedEvent() throws JsonProcessingException {
        Map<String, Object> body = body(marker());
        String id = post(basePath(), null, json(body)).then().statusCode(201).extract().path("id");

        request().contentType(ContentType.JSON).body(Map.of("reason", "  duplicate of an earlier report "))
                .post(basePath() + "/" + id + "/void")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("voided", equalTo(true))
                .body("voidedAt", notNullValue())
                .body("voidReason", equalTo("duplicate of an earlier report"));
        request().get(basePath() + "/" + id)
                .then().statusCode(200)
                .body("voided", equalTo(true))
                .body("voidReason", equalTo("duplicate of an earlier report"));

        try (KafkaProbe probe = new KafkaProbe(topic())) {
            KafkaProbe.Event recorded = probe.await(Duration.ofSeconds(20),
                    e -> id.equals(e.header("ce_subject")) && e.header("ce_type").endsWith(".recorded.v1"));
            KafkaProbe.Event voided = probe.await(Duration.ofSeconds(20),
                    e -> id.equals(e.header("ce_subject")) && e.header("ce_type").endsWith(".voided.v1"));
            assertEquals(body.get("zoneId"), voided.key());
            assertEquals(recorded.header("ce_type").replace(".recorded.v1", ".voided.v1"), voided.header("ce_type"));
            assertEquals("1.0", voided.header("ce_specversion"));
            assertEquals(recorded.header("ce_source"), voided.header("ce_source"));
            assertEquals("application/json", voided.header("content-type"));
            assertNotEquals(recorded.header("ce_id"), voided.header("ce_id"), "ce_id is unique per event");
            JsonNode before = JSON.readTree(recorded.value());
            JsonNode after = JSON.readTree(voided.value());
            assertEquals(id, after.get("id").asText());
            assertTrue(after.get("voided").asBoolean());
            assertEquals("duplicate of an earlier report", after.get("voidReason").asText());
            assertTrue(after.hasNonNull("voidedAt"));
            String azn = moneyField() + "Azn";
            assertEquals(before.get(azn).decimalValue(), after.get(azn).decimalValue(), "the voided event carries the amount it drops");
        }

        request().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post(basePath() + "/" + id + "/void")
                .then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", containsString(id));
    }

    @Test
    void voidingAnUnknownRecordIs404() {
        request().contentType(ContentType.JSON).body(Map.of("reason", "typo"))
                .post(basePath() + "/" + UUID.randomUUID() + "/void")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void voidingNeedsAReasonAndChangesNothingWithout() {
        String id = post(basePath(), null, json(body(marker()))).then().statusCode(201).extract().path("id");
        request().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post(basePath() + "/" + id + "/void")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("reason")));
        request().get(basePath() + "/" + id).then().statusCode(200).body("voided", equalTo(false));
        assertExactlyOneEvent(id, ".recorded.v1");
        assertEquals(0, db().count("SELECT count(*) FROM outbox_event WHERE subject = ?", id));
    }
}
