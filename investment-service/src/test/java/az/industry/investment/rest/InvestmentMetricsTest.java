package az.industry.investment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Records accepted (single and batch, once committed) and refused answers by reason, as /q/metrics shows them. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentMetricsTest {

    static final String BODY = """
            {"zoneId": "ganja-industrial-park", "investor": "Metrics LLC", "sector": "MACHINERY", "amount": 10.00,
             "currency": "AZN", "investedOn": "2024-05-01", "jobsCreated": 1}""";

    @BeforeAll
    static void authenticate() {
        Auth.asAdmin();
    }

    @Test
    void acceptedRecordsAndRefusalsAreCountedByTypeAndReason() {
        double accepted = metric("records_accepted_total\\{type=\"investment\"}");
        double invalid = metric("http_problems_total\\{reason=\"validation\",status=\"400\"}");
        given().contentType(ContentType.JSON).body(BODY).post("/api/investments").then().statusCode(201);
        given().contentType(ContentType.JSON).body("[" + BODY + "," + BODY + "]").post("/api/investments/batch").then().statusCode(201);
        given().contentType(ContentType.JSON).body(BODY.replace("10.00", "-1")).post("/api/investments").then().statusCode(400);
        given().contentType(ContentType.JSON).body("[" + BODY + "," + BODY.replace("10.00", "-1") + "]")
                .post("/api/investments/batch").then().statusCode(400);
        assertEquals(accepted + 3, metric("records_accepted_total\\{type=\"investment\"}"), "1 single and a batch of 2");
        String post = "http_server_requests_seconds_bucket\\{method=\"POST\",outcome=\"SUCCESS\",status=\"201\","
                + "uri=\"/api/investments\",le=";
        assertTrue(metric(post + "\"\\+Inf\"}") >= 1, "POST latency as a histogram");
        assertTrue(given().get("/q/metrics").asString().contains("uri=\"/api/investments\",le=\"0.05\"}"),
                "with a bucket at the contract's 50 ms");
        assertEquals(invalid + 2, metric("http_problems_total\\{reason=\"validation\",status=\"400\"}"),
                "the refused POST and the refused batch, which stored nothing");
    }

    /**
     * The value of the series {@code series} (a regex of name and labels) on /q/metrics, 0 when absent; a sample may
     * end with an exemplar (the trace of a request it counted: {@code # {span_id=..,trace_id=..} 1.0 <time>}).
     */
    static double metric(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)( # \\{.*)?$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
