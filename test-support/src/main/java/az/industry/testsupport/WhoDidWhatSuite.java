package az.industry.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who did what, as every write service keeps it: {@code recordedBy} and {@code voidedBy} are the {@code sub} of the
 * tokens that recorded and voided a record (not their principal name), in the answer, GET by id, the list and the
 * events; one batch is recorded by its sender; a row stored before it was kept reads as recorded by nobody (null).
 */
public abstract class WhoDidWhatSuite extends WriteApiTestBase {

    @Test
    void recordedByIsTheSubjectOfTheRecordersTokenEverywhere() throws Exception {
        Map<String, Object> body = body(marker());
        String ayla = person("ayla");
        String id = as(ayla, body).contentType(ContentType.JSON).body(json(body)).post(basePath())
                .then().statusCode(201)
                .body("recordedBy", equalTo(ayla))
                .body("$", hasKey("voidedBy")).body("voidedBy", nullValue())
                .extract().path("id");
        request().get(basePath() + "/" + id).then().statusCode(200)
                .body("recordedBy", equalTo(ayla)).body("voidedBy", nullValue());
        Map<String, Object> listed = listed(id);
        assertEquals(ayla, listed.get("recordedBy"), "the list shows who recorded it");
        assertTrue(listed.containsKey("voidedBy") && listed.get("voidedBy") == null, listed.toString());

        JsonNode event = eventValue(id, ".recorded.v1");
        assertEquals(ayla, event.get("recordedBy").asText());
        assertTrue(event.has("voidedBy") && event.get("voidedBy").isNull(), event.toString());
    }

    @Test
    void voidedByIsTheSubjectOfTheVoidersTokenAndRecordedByStays() throws Exception {
        Map<String, Object> body = body(marker());
        String ayla = person("ayla");
        String rashad = person("rashad");
        String id = as(ayla, body).contentType(ContentType.JSON).body(json(body)).post(basePath())
                .then().statusCode(201).extract().path("id");
        as(rashad, body).contentType(ContentType.JSON).body(Map.of("reason", "entered twice"))
                .post(basePath() + "/" + id + "/void")
                .then().statusCode(200)
                .body("recordedBy", equalTo(ayla))
                .body("voidedBy", equalTo(rashad))
                .body("voidedAt", notNullValue())
                .body("voidReason", equalTo("entered twice"));
        request().get(basePath() + "/" + id).then().statusCode(200)
                .body("recordedBy", equalTo(ayla)).body("voidedBy", equalTo(rashad));
        Map<String, Object> listed = listed(id);
        assertEquals(List.of(ayla, rashad, "entered twice"),
                List.of(listed.get("recordedBy"), listed.get("voidedBy"), listed.get("voidReason")));

        JsonNode voided = eventValue(id, ".voided.v1");
        assertEquals(ayla, voided.get("recordedBy").asText());
        assertEquals(rashad, voided.get("voidedBy").asText());
        assertEquals("entered twice", voided.get("voidReason").asText());
        assertTrue(voided.hasNonNull("voidedAt"), voided.toString());
    }

    @Test
    void everyRecordOfABatchIsRecordedByItsSenderInJsonAndCsv() {
        String marker = marker();
        List<Map<String, Object>> rows = rows(marker, 3);
        String leyla = person("leyla");
        List<String> ids = new ArrayList<>(as(leyla, rows.get(0)).contentType(ContentType.JSON)
                .body(json(rows.subList(0, 2))).post(basePath() + "/batch")
                .then().statusCode(201).extract().jsonPath().getList("ids", String.class));
        ids.addAll(as(leyla, rows.get(0)).contentType("text/csv").body(csv(rows.subList(2, 3)))
                .post(basePath() + "/batch").then().statusCode(201).extract().jsonPath().getList("ids", String.class));
        assertEquals(3, ids.size());
        for (String id : ids) {
            request().get(basePath() + "/" + id).then().statusCode(200).body("recordedBy", equalTo(leyla));
        }
        assertEquals(3, db().count("SELECT count(*) FROM " + api().table() + " WHERE " + markerField()
                + " = ? AND recorded_by = ?", marker, leyla));
    }

    @Test
    void aRowStoredBeforeWhoDidWhatWasKeptReadsAsRecordedByNobody() {
        String id = post(basePath(), null, json(body(marker()))).then().statusCode(201)
                .body("recordedBy", equalTo("admin@test")).extract().path("id");
        assertEquals(1, db().update("UPDATE " + api().table() + " SET recorded_by = NULL WHERE id = ?",
                UUID.fromString(id)));
        request().get(basePath() + "/" + id).then().statusCode(200)
                .body("$", hasKey("recordedBy")).body("recordedBy", nullValue());
    }

    /** A new person's {@code sub}; their token's {@code upn} is another name, which must not be taken for it. */
    private static String person(String name) {
        return name + "-" + UUID.randomUUID() + "@test";
    }

    /** Requests as {@code subject} with the writing role, scoped to the zone of {@code body}. */
    private RequestSpecification as(String subject, Map<String, Object> body) {
        String token = Tokens.forPerson(subject, "upn-of-" + subject, api().writeRole(),
                String.valueOf(body.get("zoneId")));
        return given().header("Authorization", "Bearer " + token);
    }

    /** Record {@code id} as the list (newest first) shows it. */
    private Map<String, Object> listed(String id) {
        List<Map<String, Object>> page = request().queryParam("size", 500).get(basePath())
                .then().statusCode(200).extract().jsonPath().getList("$");
        return page.stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not on the list's first page"));
    }

    /** The JSON value of record {@code id}'s event whose type ends in {@code typeSuffix}. */
    private JsonNode eventValue(String id, String typeSuffix) throws Exception {
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            KafkaProbe.Event event = probe.await(Duration.ofSeconds(20),
                    e -> id.equals(e.header("ce_subject")) && e.header("ce_type").endsWith(typeSuffix));
            return JSON.readTree(event.value());
        }
    }
}
