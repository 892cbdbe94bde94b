package az.industry.reporting.rest.csv;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.rest.AnalyticsTest;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.common.batch.Csv;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every report but the stream answers CSV ({@code Accept: text/csv} or {@code ?format=csv}) equal, cell by cell and
 * to the qəpik, to its JSON for the same call: nested blocks as dotted columns, RFC 4180 quoting (a company name
 * with a comma, quotes and a line break), formula-looking text prefixed with {@code '}, a download file name.
 * Its records are dated 1993, used by no other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
public class CsvReportsTest {

    static final String SCIP = "sumgayit-chemical-industrial-park";
    static final String WINDOW = "from=1993-01-01&to=1993-12-31";
    static final String EVIL = "=cmd|' /C calc'!A0, \"Evil\"\nLtd";
    static final Set<String> VOLATILE = Set.of("asOf", "eventsApplied");

    static boolean published;

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @BeforeEach
    void publish() throws Exception {
        if (published) {
            return;
        }
        try (EventWriter events = new EventWriter()) {
            events.publish(AnalyticsTest.investment(SCIP, EVIL, "123456789012345.67", "AZN", 7, LocalDate.of(1993, 2, 1), 1), false);
            events.publish(AnalyticsTest.production(SCIP, "+Plus Chemicals", Sector.CHEMICAL, "-Minus, \"acid\"", "0.000001",
                    "t", "0.01", LocalDate.of(1993, 3, 1), 2), false);
            events.publish(AnalyticsTest.export(SCIP, "@At Exports", "TR", "99999999999999.99", LocalDate.of(1993, 4, 1), 3), false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> ExactJson.get("/api/reports/national?" + WINDOW)
                .at("/exports/count").longValue() == 1 && ExactJson.get("/api/reports/national?" + WINDOW)
                .at("/production/count").longValue() == 1 && ExactJson.get("/api/reports/national?" + WINDOW)
                .at("/investment/count").longValue() == 1);
        published = true;
    }

    @Test
    void everyReportInCsvEqualsItsJson() {
        for (String path : List.of("/api/reports/national?" + WINDOW, "/api/reports/zones?" + WINDOW,
                "/api/reports/zones/" + SCIP + "?" + WINDOW, "/api/reports/sectors?" + WINDOW,
                "/api/reports/destinations?" + WINDOW,
                "/api/reports/timeseries?metric=exports&granularity=month&" + WINDOW,
                "/api/reports/companies?" + WINDOW, "/api/reports/products?" + WINDOW,
                "/api/reports/records?metric=investment&" + WINDOW, "/api/reports/records?metric=production&" + WINDOW,
                "/api/reports/records?metric=exports&" + WINDOW)) {
            JsonNode json = ExactJson.get(path);
            Response csv = given().accept("text/csv").get(path);
            csv.then().statusCode(200).contentType("text/csv;charset=UTF-8");
            String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
            assertEquals(body, given().get(path + "&format=csv").then().statusCode(200).extract().asString(),
                    path + ": ?format=csv and Accept: text/csv give the same");
            String name = path.substring("/api/reports/".length(), path.indexOf('?')).replace('/', '-') + ".csv";
            assertEquals("attachment; filename=\"" + name + "\"", csv.header("Content-Disposition"), path);
            assertCsvEqualsJson(path, json, body);
        }
    }

    @Test
    void textIsQuotedAndFormulasAreDefused() {
        String body = given().accept("text/csv").get("/api/reports/companies?" + WINDOW).then().statusCode(200)
                .extract().asString();
        List<Csv.Line> lines = Csv.parse(body);
        List<String> names = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> names.add(l.cells().get(0)));
        assertEquals(List.of("'+Plus Chemicals", "'" + EVIL, "'@At Exports"), names);
        assertTrue(body.contains("\"'=cmd|' /C calc'!A0, \"\"Evil\"\"\nLtd\""), body);
        assertTrue(body.startsWith("name,zoneIds,investment.totalAzn,"), body);
        assertTrue(body.endsWith("\r\n") && body.replace("\r\n", "").replace("\nLtd", "").indexOf('\n') < 0,
                "records end with CRLF (the only bare LF is inside the quoted name): " + body);
        assertTrue(body.contains(",123456789012345.67,"), "exact, never in exponent notation: " + body);
        JsonNode json = ExactJson.get("/api/reports/companies?" + WINDOW);
        assertEquals(EVIL, json.at("/companies/1/name").asText(), "JSON keeps the name as recorded");
        String products = given().get("/api/reports/products?format=csv&" + WINDOW).then().statusCode(200).extract().asString();
        assertEquals("product,unit,quantity,totalAzn,totalUsd,count\r\n'-Minus, \"acid\",t,0.000001,0.01,0.01,1\r\n"
                .replace("'-Minus, \"acid\"", "\"'-Minus, \"\"acid\"\"\""), products);
    }

    @Test
    void formatAndAcceptChooseJsonOrCsv() {
        String path = "/api/reports/national?" + WINDOW;
        given().get(path).then().statusCode(200).contentType("application/json");
        given().accept("text/csv").get(path + "&format=json").then().statusCode(200).contentType("application/json");
        given().accept("application/json").get(path + "&format=CSV").then().statusCode(200).contentType("text/csv;charset=UTF-8");
        given().accept("text/csv").get("/api/reports/national?from=nope").then().statusCode(400)
                .contentType("application/problem+json");
        String header = given().get("/api/reports/records?metric=exports&format=csv&" + WINDOW).then().statusCode(200)
                .header("X-Total-Count", "1").header("X-Total-Azn", "99999999999999.99").extract().asString().split("\r\n")[0];
        assertEquals("id,zoneId,sector,company,occurredOn,amountAzn,jobsCreated,product,quantity,unit,country,hsCode,"
                + "recordedAt,recordedBy,voided,voidedAt,voidedBy,voidReason", header);
        assertEquals(2, given().get("/api/reports/records?metric=exports&format=csv&size=1&" + WINDOW).then()
                .statusCode(200).extract().asString().split("\r\n").length, "paged when asked");
    }

    /**
     * The CSV has one row per JSON element (or the elements of its one list; one row for an object), and each
     * column named a.b holds exactly the JSON value at a.b (decimals as written, lists joined by a space, text
     * guarded against formulas); every JSON field is a column.
     */
    public static void assertCsvEqualsJson(String path, JsonNode json, String csv) {
        List<Csv.Line> lines = Csv.parse(csv);
        List<String> header = lines.get(0).cells();
        List<JsonNode> items = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(items::add);
        } else if (json.has("companies")) {
            json.get("companies").forEach(items::add);
        } else {
            items.add(json);
        }
        assertEquals(items.size(), lines.size() - 1, path + ": rows");
        for (int i = 0; i < items.size(); i++) {
            Map<String, String> expected = new LinkedHashMap<>();
            flatten("", items.get(i), expected);
            List<String> cells = lines.get(i + 1).cells();
            assertTrue(header.containsAll(expected.keySet()), path + ": columns " + header + " hold " + expected.keySet());
            for (int c = 0; c < header.size(); c++) {
                if (!VOLATILE.contains(header.get(c))) {
                    assertEquals(expected.getOrDefault(header.get(c), ""), cells.get(c), path + " row " + i + " " + header.get(c));
                }
            }
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(prefix + e.getKey() + ".", v, into);
            } else if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.asText()));
                into.put(prefix + e.getKey(), String.join(" ", parts));
            } else if (v.isNull()) {
                into.put(prefix + e.getKey(), "");
            } else if (v.isNumber()) {
                into.put(prefix + e.getKey(), v.decimalValue().toPlainString());
            } else {
                String s = v.asText();
                into.put(prefix + e.getKey(), !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s);
            }
        }
    }
}
