package az.industry.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Batch tests every write service runs: 1,000 records stored and published, all or nothing with every bad row
 * named, in JSON and CSV, 413 past 1,000 records; a dry run answers every fault as the batch would and stores,
 * publishes and keeps (Idempotency-Key) nothing.
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

    @Test
    void aDryRunOfAValidBatchCountsItsRowsAndStoresPublishesAndKeepsNothing() {
        String marker = marker();
        String key = "dry-run-" + UUID.randomUUID();
        long before = db().count("SELECT count(*) FROM " + api().table());
        post(basePath() + "/batch?dryRun=true", key, jsonArray(marker, 3)).then().statusCode(200)
                .contentType(ContentType.JSON).body("valid", equalTo(3));
        request().contentType("text/csv").body(csv(rows(marker, 2))).post(basePath() + "/batch?dryRun=TRUE")
                .then().statusCode(200).body("valid", equalTo(2));
        assertEquals(before, db().count("SELECT count(*) FROM " + api().table()), "no row stored");
        assertNothingStored(marker);
        assertEquals(0, db().count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key), "no key kept");
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            assertEquals(List.of(), probe.all(Duration.ofSeconds(2), e -> e.value().contains(marker)), "no event");
        }
        post(basePath() + "/batch", key, jsonArray(marker, 3)).then().statusCode(201).body("count", equalTo(3));
        assertEquals(3, rows(marker), "the key was still free for the real batch");
        post(basePath() + "/batch?dryRun=false", null, jsonArray(marker, 1)).then().statusCode(201);
    }

    @Test
    void aDryRunAnswersEveryFaultExactlyAsTheBatchWould() {
        String marker = marker();
        List<Map<String, Object>> bad = rows(marker, 4);
        bad.get(1).put(moneyField(), new BigDecimal("-1"));
        bad.get(3).remove("zoneId");
        List<Map<String, Object>> unknownZone = rows(marker, 2);
        unknownZone.get(1).put("zoneId", "atlantis-industrial-park");
        List<Map<String, Object>> badCells = rows(marker, 3);
        badCells.get(2).put(moneyField(), "abc");
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("bad rows (JSON)", new String[] { "application/json", json(bad) });
        cases.put("unknown zone", new String[] { "application/json", json(unknownZone) });
        cases.put("bad cells (CSV)", new String[] { "text/csv", csv(badCells) });
        cases.put("not an array", new String[] { "application/json", "{}" });
        cases.put("1001 rows", new String[] { "application/json", jsonArray(marker, 1001) });
        cases.put("XML", new String[] { "application/xml", "<rows/>" });
        Map<String, Integer> statuses = new LinkedHashMap<>();
        cases.forEach((name, typeAndBody) -> {
            Response real = request().contentType(typeAndBody[0]).body(typeAndBody[1]).post(basePath() + "/batch");
            Response dry = request().contentType(typeAndBody[0]).body(typeAndBody[1])
                    .post(basePath() + "/batch?dryRun=true");
            assertEquals(real.statusCode(), dry.statusCode(), name + ": " + dry.asString());
            assertEquals(real.asString(), dry.asString(), name);
            statuses.put(name, dry.statusCode());
        });
        assertEquals(List.of(400, 422, 400, 400, 413, 415), List.copyOf(statuses.values()), statuses.toString());
        assertNothingStored(marker);
    }

    @Test
    void aDryRunValueOtherThanTrueOrFalseIs400AndStoresNothing() {
        String marker = marker();
        post(basePath() + "/batch?dryRun=yes", null, jsonArray(marker, 2)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("dryRun")));
        post(basePath() + "/batch?dryRun=true", "", jsonArray(marker, 2)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("Idempotency-Key")));
        assertNothingStored(marker);
    }
}
