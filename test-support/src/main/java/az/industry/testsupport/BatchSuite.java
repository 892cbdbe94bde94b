package az.industry.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Batch tests every write service runs: 1,000 records stored and published, all or nothing with every bad row
 * named, in JSON and CSV, 413 past 1,000 records.
 */
public abstract class BatchSuite extends WriteApiTestBase {

    @Test
    void aThousandRowBatchIsStoredInOneGoAndEveryRowIsPublished() throws Exception {
        String marker = marker();
        String batch = jsonArray(marker, 1000);
        long start = System.nanoTime();
        Response answer = post(basePath() + "/batch", null, batch);
        long stored = System.nanoTime();
        answer.then().statusCode(201).contentType(ContentType.JSON).body("count", equalTo(1000));
        List<String> ids = answer.jsonPath().getList("ids", String.class);
        assertEquals(1000, new HashSet<>(ids).size());
        assertEquals(1000, rows(marker));
        Set<String> wanted = new HashSet<>(ids);
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> probe.readFor(Duration.ofMillis(200)).stream()
                    .filter(e -> wanted.contains(e.header("ce_subject")))
                    .map(e -> e.header("ce_subject")).collect(Collectors.toSet()).size() == 1000);
        }
        System.out.printf("%s: 1000-row batch answered in %d ms, all 1000 events read back after %d ms%n",
                basePath(), (stored - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aBatchWithBadRowsNamesEachAndStoresNothing() {
        String marker = marker();
        List<Map<String, Object>> rows = rows(marker, 5);
        rows.get(1).put(moneyField(), new BigDecimal("-1"));
        rows.get(3).put(moneyField(), new BigDecimal("1.001"));
        rows.get(3).remove("zoneId");
        post(basePath() + "/batch", null, json(rows)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("[1]." + moneyField(), "[3]." + moneyField(), "[3].zoneId")));
        assertNothingStored(marker);
    }

    @Test
    void aBatchWhoseOnlyFaultIsAnUnknownZoneIs422() {
        String marker = marker();
        List<Map<String, Object>> rows = rows(marker, 3);
        rows.get(2).put("zoneId", "atlantis-industrial-park");
        post(basePath() + "/batch", null, json(rows)).then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("[2].zoneId")));
        assertNothingStored(marker);
    }

    @Test
    void anUnreadableValueInABatchNamesItsRow() {
        String marker = marker();
        List<Map<String, Object>> rows = rows(marker, 3);
        rows.get(2).put(moneyField(), "a lot");
        post(basePath() + "/batch", null, json(rows)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("[2]." + moneyField())));
        assertNothingStored(marker);
    }

    @Test
    void moreThanAThousandRowsIs413AndStoresNothing() {
        String marker = marker();
        post(basePath() + "/batch", null, jsonArray(marker, 1001)).then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
        assertNothingStored(marker);
    }

    @Test
    void anEmptyOrNonArrayBatchIs400() {
        for (String body : List.of("[]", "{}", "", "null")) {
            post(basePath() + "/batch", null, body).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", equalTo(List.of("body")));
        }
    }

    @Test
    void aCsvBatchIsStoredWithQuotedFields() {
        String marker = marker() + ", \"quoted\"";
        Response answer = postCsv(csv(rows(marker, 3)));
        answer.then().statusCode(201).body("count", equalTo(3));
        assertEquals(3, rows(marker));
        String id = answer.jsonPath().getString("ids[0]");
        request().get(basePath() + "/" + id).then().statusCode(200).body(markerField(), equalTo(marker));
    }

    @Test
    void aCsvBatchReportsEveryBadLineAndStoresNothing() {
        String marker = marker();
        List<Map<String, Object>> rows = rows(marker, 4);
        rows.get(1).put(moneyField(), "-5");
        rows.get(3).put(moneyField(), "abc");
        rows.get(3).put("zoneId", "");
        postCsv(csv(rows)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("line 3: " + moneyField(), "line 5: " + moneyField(),
                        "line 5: zoneId")));
        assertNothingStored(marker);
    }

    @Test
    void csvHeaderAndShapeProblemsAreReportedByLine() {
        String marker = marker();
        String good = csv(rows(marker, 2));
        String[] lines = good.split("\r?\n");
        postCsv(lines[0] + ",colour\n" + lines[1] + ",red\n").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("line 1: colour")));
        postCsv(lines[0].replace(moneyField(), "price") + "\n" + lines[1] + "\n").then().statusCode(400)
                .body("violations.field", hasItems("line 1: price", "line 1: " + moneyField()));
        postCsv(lines[0] + "\n" + lines[1] + "\n" + lines[2] + ",extra\n").then().statusCode(400)
                .body("violations.field", equalTo(List.of("line 3")));
        postCsv(lines[0] + "\n" + lines[1] + "\n\"unterminated\n").then().statusCode(400)
                .body("violations.field", equalTo(List.of("line 3")));
        postCsv(lines[0] + "\n").then().statusCode(400).body("violations.field", equalTo(List.of("body")));
        assertNothingStored(marker);
    }
}
