package az.industry.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every write service does alike, tested once against the real broker and database: the Idempotency-Key
 * (replay, 409, concurrency, bad keys), all-or-nothing batches in JSON and CSV, 413/415 as problem+json and the
 * OpenAPI document. A service's test extends it with {@code @QuarkusTest} and its {@code InfraTestResource}, and
 * says what its records look like.
 */
public abstract class WriteApiSuite {

    /** The problem media type. */
    protected static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Db db;

    /** The records' collection, e.g. {@code /api/investments}. */
    protected abstract String basePath();

    /** The service's database, e.g. {@code investment}. */
    protected abstract String database();

    /** The records' table, e.g. {@code investment}. */
    protected abstract String table();

    /** The records' topic. */
    protected abstract String topic();

    /** A valid body whose {@link #markerField()} is {@code marker}; mutable. */
    protected abstract Map<String, Object> body(String marker);

    /** A free-text field (and column of the same name) tests put a unique marker in. */
    protected abstract String markerField();

    /** The money field: {@code amount} or {@code value}. */
    protected abstract String moneyField();

    /** Every request starts here; a service may add headers (e.g. a bearer token). */
    protected RequestSpecification request() {
        return given();
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstAnswerAndRecordsOnce() {
        String marker = marker();
        String key = "replay-" + UUID.randomUUID();
        String body = json(body(marker));
        Response first = post(basePath(), key, body);
        first.then().statusCode(201);
        Response again = post(basePath(), key, body);
        again.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertEquals(first.header("Location"), again.header("Location"));
        assertTrue(first.header("Location").endsWith(basePath() + "/" + first.path("id")), first.header("Location"));
        assertEquals(first.asString(), again.asString());
        assertEquals(1, rows(marker));
        assertExactlyOneEvent(first.path("id"), ".recorded.v1");
    }

    @Test
    void sameKeyWithADifferentRequestIs409AndStoresNothing() {
        String key = "reuse-" + UUID.randomUUID();
        String first = marker();
        post(basePath(), key, json(body(first))).then().statusCode(201);
        String second = marker();
        post(basePath(), key, json(body(second))).then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409));
        post(basePath() + "/batch", key, "[" + json(body(second)) + "]").then().statusCode(409).contentType(PROBLEM);
        assertEquals(1, rows(first));
        assertEquals(0, rows(second));
    }

    @Test
    void concurrentRequestsWithOneKeyRecordOnceAndAllGetTheSameAnswer() throws Exception {
        int threads = 16;
        String marker = marker();
        String key = "concurrent-" + UUID.randomUUID();
        String body = json(body(marker));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(basePath(), key, body);
                }));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            Set<String> locations = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                bodies.add(response.asString());
                locations.add(response.header("Location"));
            }
            assertEquals(1, bodies.size(), "every answer is the same");
            assertEquals(1, locations.size(), "every Location is the same");
            assertEquals(1, rows(marker));
            assertExactlyOneEvent(JSON.readTree(bodies.iterator().next()).get("id").asText(), ".recorded.v1");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Keys that are not 1-128 printable ASCII characters. */
    static Stream<String> badKeys() {
        return Stream.of("", "tab\tinside", "clé", "k".repeat(129));
    }

    @ParameterizedTest
    @MethodSource("badKeys")
    void badKeysAre400NamingTheHeaderAndStoreNothing(String key) {
        String marker = marker();
        post(basePath(), key, json(body(marker))).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("Idempotency-Key")));
        assertEquals(0, rows(marker));
    }

    @Test
    void aBadKeyIsReportedWithTheBadFields() {
        String marker = marker();
        Map<String, Object> body = body(marker);
        body.put(moneyField(), new BigDecimal("-1"));
        post(basePath(), "k".repeat(129), json(body)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("Idempotency-Key", moneyField()));
        assertEquals(0, rows(marker));
    }

    @Test
    void aLongPrintableKeyIsAccepted() {
        post(basePath(), "~ !" + "k".repeat(125), json(body(marker()))).then().statusCode(201);
    }

    @Test
    void voidWithAKeyReplaysItsAnswerAndAnotherVoidIs409() {
        String id = post(basePath(), null, json(body(marker()))).then().statusCode(201).extract().path("id");
        String key = "void-" + UUID.randomUUID();
        String reason = "{\"reason\": \"typo\"}";
        Response first = post(basePath() + "/" + id + "/void", key, reason);
        first.then().statusCode(200).body("voided", equalTo(true));
        Response again = post(basePath() + "/" + id + "/void", key, reason);
        again.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        post(basePath() + "/" + id + "/void", null, reason).then().statusCode(409).contentType(PROBLEM);
        assertExactlyOneEvent(id, ".voided.v1");
    }

    @Test
    void aBatchWithAKeyIsStoredOnceAndReplaysTheSameIds() {
        String marker = marker();
        String key = "batch-" + UUID.randomUUID();
        String batch = jsonArray(marker, 3);
        Response first = post(basePath() + "/batch", key, batch);
        first.then().statusCode(201).body("count", equalTo(3));
        Response again = post(basePath() + "/batch", key, batch);
        again.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(3, rows(marker));
    }

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
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + basePath() + "/batch"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
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
                "/api/zones")) {
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
        assertTrue(doc.get("components").get("responses").has("Invalid"));
    }

    /** A new unique marker. */
    protected static String marker() {
        return "m-" + UUID.randomUUID();
    }

    /** POSTs a JSON body, with the Idempotency-Key header unless {@code key} is null. */
    protected Response post(String path, String key, String json) {
        RequestSpecification spec = request().contentType(ContentType.JSON).body(json);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post(path);
    }

    private Response postCsv(String csv) {
        return request().contentType("text/csv").body(csv).post(basePath() + "/batch");
    }

    /** Rows of the table whose marker field is {@code marker}. */
    protected long rows(String marker) {
        return db().count("SELECT count(*) FROM " + table() + " WHERE " + markerField() + " = ?", marker);
    }

    /** No row and no outbox row mentions {@code marker}. */
    protected void assertNothingStored(String marker) {
        assertEquals(0, rows(marker));
        assertEquals(0, db().count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%" + marker + "%"));
    }

    /** Exactly one event of a type ending in {@code typeSuffix} is published for record {@code id}. */
    protected void assertExactlyOneEvent(String id, String typeSuffix) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> db().count("SELECT count(*) FROM outbox_event WHERE subject = ?", id) == 0);
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            java.util.function.Predicate<KafkaProbe.Event> match = e -> id.equals(e.header("ce_subject"))
                    && e.header("ce_type").endsWith(typeSuffix);
            probe.await(Duration.ofSeconds(30), match);
            assertEquals(1, probe.all(Duration.ofSeconds(1), match).size(), "exactly one event for " + id);
        }
    }

    private List<Map<String, Object>> rows(String marker, int n) {
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = body(marker);
            row.put(moneyField(), new BigDecimal(1000 + i).setScale(2));
            rows.add(row);
        }
        return rows;
    }

    private String jsonArray(String marker, int n) {
        return json(rows(marker, n));
    }

    /** A JSON array of valid rows, padded with spaces past the configured max body size. */
    private static byte[] oversized(String marker) {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        String row = "{\"marker\": \"" + marker + "\"}";
        StringBuilder body = new StringBuilder("[").append(row);
        body.append(" ".repeat((int) (limit - body.length() + 1))).append("]");
        return body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** CSV with a header row of the field names and one line per row; every cell quoted. */
    private static String csv(List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>(new TreeMap<>(rows.get(0)).keySet());
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, Object> row : rows) {
            csv.append(columns.stream().map(c -> row.get(c) == null ? "" : row.get(c).toString())
                    .map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private Db db() {
        if (db == null) {
            db = new Db(database());
        }
        return db;
    }

    /** {@code value} as JSON text. */
    protected static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
