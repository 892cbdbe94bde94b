package az.industry.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The generated OpenAPI document agrees with the contract: every report path, and the time series' parameters. */
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
                "/api/admin/rebuild")) {
            assertTrue(api.get("paths").has(path), path + " is documented");
        }
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
    }
}
