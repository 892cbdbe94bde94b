package az.industry.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.response.Response;

/**
 * Idempotency-Key tests every write service runs: replay, 409 for another request, 16 concurrent requests with one
 * key, bad keys, keyed void and batch. A service's test extends it with {@code @QuarkusTest} and its test resource.
 */
public abstract class IdempotencySuite extends WriteApiTestBase {

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

    @Test
    void anAnswerKeptInTheDatabaseIsReplayedAsAfterARestart() throws Exception {
        String key = "restart-" + UUID.randomUUID();
        String body = json(body(marker()));
        String stored = "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"note\":\"answered before the restart\"}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(("POST " + basePath() + "\n").getBytes(StandardCharsets.UTF_8));
        String fingerprint = HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
        db().update("INSERT INTO idempotency_key (idem_key, request_hash, status, location, content_type, body)"
                + " VALUES (?, ?, 201, ?, 'application/json', ?)", key, fingerprint, "/earlier", stored);
        Response again = post(basePath(), key, body);
        again.then().statusCode(201).header("Location", "/earlier").header("Idempotency-Replayed", "true");
        assertEquals(stored, again.asString());
        assertEquals(1, db().count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key));
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
}
