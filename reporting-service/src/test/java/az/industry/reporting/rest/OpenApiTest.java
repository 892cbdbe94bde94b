package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.ExactJson;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The generated OpenAPI document agrees with the contract: every report path, JSON and CSV answers with the
 * {@code format} parameter, the records' parameters, total headers and who did what, the time series' parameters,
 * {@code /api/me}, {@code /api/currencies} and the front door's redirects.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenApiTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Test
    void documentsEveryReportEndpoint() {
        JsonNode api = ExactJson.read(given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        for (String path : List.of("/api/reports/national", "/api/reports/zones", "/api/reports/zones/{zoneId}",
                "/api/reports/sectors", "/api/reports/destinations", "/api/reports/timeseries", "/api/reports/stream",
                "/api/reports/companies", "/api/reports/products", "/api/reports/records", "/api/admin/rebuild",
                "/api/me", "/api/currencies", "/api/zones")) {
            assertTrue(api.get("paths").has(path), path + " is documented");
        }
        for (String report : List.of("national", "zones", "zones~1{zoneId}", "sectors", "destinations", "timeseries",
                "companies", "products", "records")) {
            JsonNode get = api.at("/paths/~1api~1reports~1" + report + "/get");
            JsonNode content = get.at("/responses/200/content");
            assertTrue(content.has("application/json") && content.has("text/csv;charset=UTF-8"), report + ": " + content);
            List<String> formats = new ArrayList<>();
            for (JsonNode p : get.get("parameters")) {
                if ("format".equals(p.get("name").asText())) {
                    p.at("/schema/enum").forEach(v -> formats.add(v.asText()));
                }
            }
            assertEquals(List.of("json", "csv"), formats, report);
        }
        JsonNode records = api.at("/paths/~1api~1reports~1records/get");
        assertTrue(records.at("/responses/200/headers").has("X-Total-Count"), records.toString());
        assertTrue(records.at("/responses/200/headers").has("X-Total-Azn"), records.toString());
        List<String> params = new ArrayList<>();
        records.get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertTrue(params.containsAll(List.of("metric", "zoneId", "sector", "country", "company", "from", "to", "page",
                "size", "includeVoided")), params.toString());
        assertTrue(records.at("/responses/200/headers").has("X-Voided-Count"), records.toString());
        JsonNode row = api.at("/components/schemas/RecordRow/properties");
        for (String field : List.of("recordedAt", "recordedBy", "voided", "voidedAt", "voidedBy", "voidReason")) {
            assertTrue(row.has(field), "RecordRow documents " + field + ": " + row);
        }
        JsonNode me = api.at("/paths/~1api~1me/get/responses");
        assertTrue(me.has("200") && me.has("401"), me.toString());
        assertTrue(api.at("/components/schemas/Me/properties").has("subject")
                && api.at("/components/schemas/Me/properties").has("roles")
                && api.at("/components/schemas/Me/properties").has("zones"), "the caller's shape is documented");
        assertTrue(api.at("/components/schemas").has("CompaniesReport") && api.at("/components/schemas").has("RecordRow")
                && api.at("/components/schemas").has("ProductReport"), "the answers' shapes are documented");
        List<String> metric = new ArrayList<>();
        List<String> granularity = new ArrayList<>();
        for (JsonNode p : api.at("/paths/~1api~1reports~1timeseries/get/parameters")) {
            List<String> into = "metric".equals(p.get("name").asText()) ? metric
                    : "granularity".equals(p.get("name").asText()) ? granularity : null;
            if (into != null) {
                assertTrue(p.get("required").asBoolean(), p.toString());
                p.at("/schema/enum").forEach(v -> into.add(v.asText()));
            }
        }
        assertEquals(List.of("investment", "production", "exports"), metric);
        assertEquals(List.of("month", "quarter", "year"), granularity);
        assertTrue(api.at("/paths/~1api~1reports~1stream/get/responses/200/content").has("text/event-stream"));
        // the front door: / and the old page's address, each a documented 302 to the web app
        for (String door : List.of("/paths/~1/get/responses", "/paths/~1index.html/get/responses")) {
            assertTrue(api.at(door).has("302"), door + ": " + api.at(door));
        }
    }
}
