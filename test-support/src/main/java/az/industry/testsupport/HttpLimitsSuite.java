package az.industry.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * 415 and 413 (with and without Content-Length) as problem+json, and the OpenAPI document listing every endpoint
 * (the batch's dry run, who recorded and voided a record, the currencies), for every write service.
 */
public abstract class HttpLimitsSuite extends WriteApiTestBase {

    @Test
    void aWrongContentTypeIs415ProblemJson() {
        request().contentType(ContentType.TEXT).body("hello").post(basePath())
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        request().contentType("text/csv").body("a,b\n1,2\n").post(basePath())
                .then().statusCode(415).contentType(PROBLEM);
        request().contentType(ContentType.XML).body("<a/>").post(basePath() + "/batch")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void anOversizedBodyIs413ProblemJsonAndStoresNothing() {
        String marker = marker();
        byte[] body = oversized(marker);
        request().contentType(ContentType.JSON).body(body).post(basePath() + "/batch")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        assertNothingStored(marker);
    }

    @Test
    void anOversizedChunkedBodyIs413ProblemJsonAndStoresNothing() throws Exception {
        String marker = marker();
        byte[] body = oversized(marker);
        HttpRequest.Builder post = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + basePath() + "/batch"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        headers().forEach(post::header);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
        assertNothingStored(marker);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() throws Exception {
        JsonNode doc = JSON.readTree(request().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        JsonNode paths = doc.get("paths");
        for (String path : List.of(basePath(), basePath() + "/{id}", basePath() + "/{id}/void", basePath() + "/batch",
                "/api/zones", "/api/currencies")) {
            assertTrue(paths.has(path), path + " is documented");
        }
        Map<String, List<String>> codes = new TreeMap<>(Map.of(
                basePath(), List.of("201", "400", "409", "413", "415", "422"),
                basePath() + "/batch", List.of("201", "400", "409", "413", "415", "422"),
                basePath() + "/{id}/void", List.of("200", "400", "404", "409", "413", "415")));
        codes.forEach((path, expected) -> {
            JsonNode post = paths.get(path).get("post");
            for (String code : expected) {
                assertTrue(post.get("responses").has(code), path + " documents " + code);
            }
            assertTrue(post.get("parameters").findValuesAsText("name").contains("Idempotency-Key"),
                    path + " documents the Idempotency-Key header");
        });
        assertTrue(paths.get(basePath() + "/batch").get("post").get("requestBody").get("content").has("text/csv"));
        JsonNode batch = paths.get(basePath() + "/batch").get("post");
        assertTrue(batch.get("parameters").findValuesAsText("name").contains("dryRun"), "the batch documents dryRun");
        assertTrue(batch.at("/responses/200/content/application~1json/schema/$ref").asText().endsWith("/DryRunResult"),
                batch.get("responses").toString());
        String record = paths.get(basePath() + "/{id}").at("/get/responses/200/content/application~1json/schema/$ref")
                .asText();
        JsonNode properties = doc.at("/components/schemas/" + record.substring(record.lastIndexOf('/') + 1) + "/properties");
        for (String field : List.of("recordedAt", "recordedBy", "voided", "voidedAt", "voidedBy", "voidReason")) {
            assertTrue(properties.has(field), record + " documents " + field + ": " + properties);
        }
        String input = paths.get(basePath()).at("/post/requestBody/content/application~1json/schema/$ref").asText();
        assertTrue(input.startsWith("#/components/schemas/New"), "the body's own schema: " + input);
        assertEquals(record, paths.get(basePath()).at("/post/responses/201/content/application~1json/schema/$ref").asText(),
                "a POST answers its service's record");
        assertEquals(record, paths.get(basePath() + "/{id}/void")
                .at("/post/responses/200/content/application~1json/schema/$ref").asText(), "a void answers the record");
        assertEquals(record, paths.get(basePath()).at("/get/responses/200/content/application~1json/schema/items/$ref")
                .asText(), "the list holds records");
        assertEquals(input, batch.at("/requestBody/content/application~1json/schema/items/$ref").asText(),
                "a batch is an array of bodies");
        assertTrue(doc.at("/components/schemas/Currency/properties").has("aznPerUnit"), "the currencies' shape");
        assertTrue(doc.get("components").get("responses").has("Invalid"));
    }

    /** A JSON array of valid rows, padded with spaces past the configured max body size. */
    private static byte[] oversized(String marker) {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        String row = "{\"marker\": \"" + marker + "\"}";
        StringBuilder body = new StringBuilder("[").append(row);
        body.append(" ".repeat((int) (limit - body.length() + 1))).append("]");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
