package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The report API under a generated corpus of hostile query parameters (each parameter of each report, one bad value at a
 * time, percent-encoded as a hostile client would send it): every answer is a 4xx problem+json without a stack trace,
 * and the projections are untouched ({@code eventsApplied} before and after).
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class HostileQueryTest {

    static final List<String> DATES = List.of("%00", "2024-02-30", "2023-02-29", "%2B999999999-12-31", "-999999999-01-01", "0001-01-01",
            "1899-12-31", "2024-01-01T00:00:00", "20240101", "-1", "%ED%A0%80", "'%20OR%20'1'='1", "x".repeat(3000), "%C0%AF",
            "2024-13-01", "2024/01/01", "today", "%E2%80%AE2024-01-01", "2024-01-01%00", "%002024-01-01", "2024-01-01%07");
    static final List<String> ZONES = List.of("%00", "%ED%A0%80", "'%20OR%20'1'='1", "..%2F..%2Fetc", "z".repeat(3000), "%E2%80%AE",
            "SUMGAYIT-CHEMICAL-INDUSTRIAL-PARK", "%2A", "%25");
    static final List<String> ENUMS = List.of("0", "1", "%00", "x", "'%20OR%20'1'='1", "%ED%A0%80", "e".repeat(3000), "%E2%80%AE",
            "AUTOMOTIVE%00", "%00AUTOMOTIVE", "*");
    static final List<String> INTEGERS = List.of("-1", "1e3", "99999999999", "0x10", "%00", "1.5", "%D9%A1%D9%A2", "1%2C000", "abc",
            "%2B%2B1", "9".repeat(400), "10%00", "%0010");
    static final List<String> TEXT = List.of("%00", "a%00b", "%07", "%C2%A0%C2%A0", "%E2%80%8B", "%E2%80%AE", "x".repeat(1001),
            "%EF%BF%BE", "%1B%5B31m");
    static final List<String> COUNTRIES = List.of("A", "ABC", "1", "%00", "'%20OR%20'1'='1", "%C4%B0T", "I%00T", "IT%00", "%00IT");
    static final List<String> FLAGS = List.of("yes", "1", "%00", "TRUEE", "t", "true%00");

    @BeforeAll
    static void authenticate() {
        Auth.asAdmin();
    }

    @Test
    void everyHostileParameterIsRefusedAsAProblemAndChangesNothing() {
        Map<String, List<String>> cases = corpus();
        int requests = cases.values().stream().mapToInt(List::size).sum();
        assertTrue(requests >= 500, "the corpus has only " + requests + " requests");
        long eventsBefore = eventsApplied();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        cases.forEach((endpoint, queries) -> {
            for (String query : queries) {
                Response r = given().urlEncodingEnabled(false).accept("application/json").get(endpoint + "?" + query);
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                String body = r.asString();
                String type = r.getContentType() == null ? "" : r.getContentType();
                if (r.statusCode() < 400 || r.statusCode() > 499 || !type.startsWith("application/problem+json")
                        || body.contains("Exception") || body.contains("org.postgresql") || body.contains("\tat ")) {
                    wrong.add(endpoint + "?" + shorten(query) + " -> " + r.statusCode() + " " + type + " " + shorten(body));
                }
            }
        });
        System.out.printf("[hostile input] report queries: %d requests over %d endpoints; answers by status %s; not a clean 4xx"
                + " problem: %d%n", requests, cases.size(), byStatus, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " answers were not a 4xx problem+json:\n"
                + String.join("\n", wrong.subList(0, Math.min(60, wrong.size()))));
        assertEquals(eventsBefore, eventsApplied(), "the projections are untouched");
    }

    @Test
    void aHostileZoneInThePathIsRefusedAsAProblem() {
        for (String zone : ZONES) {
            Response r = given().urlEncodingEnabled(false).get("/api/reports/zones/" + zone);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, zone + " -> " + r.statusCode());
            assertTrue(r.getContentType().startsWith("application/problem+json"), zone + " -> " + r.getContentType());
        }
    }

    /**
     * The front door ({@code /}, {@code /index.html}) takes no input: every hostile query of the corpus, and a hostile
     * path under it, still answers its one redirect to the configured address, never echoing the request.
     */
    @Test
    void theFrontDoorRedirectsWhateverTheQueryAndEchoesNothing() {
        List<String> queries = corpus().values().stream().flatMap(List::stream).toList();
        assertTrue(queries.size() >= 500, "the corpus has only " + queries.size() + " requests");
        List<String> wrong = new ArrayList<>();
        for (String door : List.of("/", "/index.html")) {
            for (String query : queries) {
                Response r = given().urlEncodingEnabled(false).redirects().follow(false).get(door + "?" + query);
                if (r.statusCode() != 302 || !"http://localhost:8080/".equals(r.getHeader("Location")) || !r.asString().isEmpty()) {
                    wrong.add(door + "?" + shorten(query) + " -> " + r.statusCode() + " " + r.getHeader("Location"));
                }
            }
        }
        for (String zone : ZONES) {
            Response r = given().urlEncodingEnabled(false).redirects().follow(false).get("/" + zone);
            if (r.statusCode() < 400 || r.statusCode() > 499) {
                wrong.add("/" + shorten(zone) + " -> " + r.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers were not the redirect (or a 4xx for an unknown path):\n"
                + String.join("\n", wrong.subList(0, Math.min(60, wrong.size()))));
    }

    /** Endpoint → queries, each with one hostile parameter and the endpoint's required ones valid. */
    static Map<String, List<String>> corpus() {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        Map<String, String> required = new LinkedHashMap<>();
        required.put("/api/reports/national", "");
        required.put("/api/reports/zones", "");
        required.put("/api/reports/zones/ganja-industrial-park", "");
        required.put("/api/reports/sectors", "");
        required.put("/api/reports/destinations", "");
        required.put("/api/reports/companies", "");
        required.put("/api/reports/products", "");
        required.put("/api/reports/timeseries", "metric=production&granularity=month");
        required.put("/api/reports/records", "metric=exports");
        required.forEach((endpoint, base) -> {
            List<String> queries = new ArrayList<>();
            String prefix = base.isEmpty() ? "" : base + "&";
            add(queries, prefix, "from", DATES);
            add(queries, prefix, "to", DATES);
            queries.add(prefix + "from=2024-02-01&to=2024-01-31");
            add(queries, prefix, "format", ENUMS);
            if (!endpoint.startsWith("/api/reports/zones") && !endpoint.endsWith("/national")) {
                add(queries, prefix, "zoneId", ZONES);
            }
            if (!endpoint.startsWith("/api/reports/zones") && !endpoint.endsWith("/national") && !endpoint.endsWith("/sectors")) {
                add(queries, prefix, "sector", ENUMS);
            }
            if (endpoint.endsWith("/timeseries")) {
                add(queries, "granularity=month&", "metric", ENUMS);
                add(queries, "metric=production&", "granularity", ENUMS);
                queries.add("granularity=month");
                queries.add("metric=production");
            }
            if (endpoint.endsWith("/companies")) {
                add(queries, "", "limit", INTEGERS);
                queries.add("limit=0");
                queries.add("limit=10001");
            }
            if (endpoint.endsWith("/records")) {
                add(queries, "", "metric", ENUMS);
                add(queries, prefix, "country", COUNTRIES);
                add(queries, prefix, "company", TEXT);
                add(queries, prefix, "page", INTEGERS);
                add(queries, prefix, "size", INTEGERS);
                queries.add(prefix + "size=0");
                queries.add(prefix + "size=501");
                add(queries, prefix, "includeVoided", FLAGS);
            }
            cases.put(endpoint, queries);
        });
        return cases;
    }

    private static void add(List<String> queries, String prefix, String name, List<String> values) {
        for (String v : values) {
            queries.add(prefix + name + "=" + v);
        }
    }

    private static long eventsApplied() {
        return given().get("/api/reports/national").then().statusCode(200).extract().jsonPath().getLong("eventsApplied");
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "… (" + s.length() + " chars)" : s;
    }
}
