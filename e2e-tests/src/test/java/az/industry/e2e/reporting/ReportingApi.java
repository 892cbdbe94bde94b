package az.industry.e2e.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/** Reads a reporting instance's JSON over HTTP, numbers as exact BigDecimal (scale kept). */
final class ReportingApi {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReportingApi() {
    }

    static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + az.industry.e2e.E2eKeys.token("manager")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The data of the readiness check named "projections". */
    static JsonNode projections(ReportingStack.Instance instance) throws IOException, InterruptedException {
        for (JsonNode check : get(instance.url("/q/health/ready")).get("checks")) {
            if ("projections".equals(check.get("name").asText())) {
                return check.get("data");
            }
        }
        throw new AssertionError("no projections check on " + instance.name());
    }

    static long eventsApplied(ReportingStack.Instance instance) {
        try {
            return get(instance.url("/api/reports/national")).get("eventsApplied").longValue();
        } catch (IOException e) {
            return -1; // not answering (killed or starting)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
