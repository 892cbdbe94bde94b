package az.industry.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Concurrent single-record POSTs through the group commit: each gets its own record (its own values back, its
 * own id) and its own event exactly once; a write that breaks a database constraint fails alone and the others
 * of its group are stored; the POSTs were coalesced (fewer transactions than writes).
 */
public abstract class GroupCommitSuite extends WriteApiTestBase {

    static final int POSTS = 64;

    /** One POST of the burst: its body's money value (unique in the burst) and the answer. */
    record Answer(BigDecimal money, int status, String id, String body) {
    }

    @Test
    void sixtyFourConcurrentPostsEachGetTheirOwnRecordAndTheirOwnEventOnce() throws Exception {
        String marker = marker();
        long groupsBefore = meter("records_group_commits_total");
        long writesBefore = meter("records_group_commit_writes_total");
        List<Answer> answers = burst(i -> body(marker), i -> i % 2 == 0 ? "gc-" + marker + "-" + i : null);

        for (Answer a : answers) {
            assertEquals(201, a.status(), a.body());
            assertEquals(0, a.money().compareTo(new BigDecimal(JSON.readTree(a.body()).get(moneyField()).asText())),
                    "the answer carries this POST's own record: " + a.body());
            String stored = request().get(basePath() + "/" + a.id()).then().statusCode(200).extract().path(moneyField())
                    .toString();
            assertEquals(0, a.money().compareTo(new BigDecimal(stored)), "record " + a.id() + " holds its own value");
        }
        assertEquals(POSTS, answers.stream().map(Answer::id).distinct().count(), "64 distinct records");
        assertEquals(POSTS, rows(marker));
        assertEventsOnce(answers);
        long writes = meter("records_group_commit_writes_total") - writesBefore;
        long groups = meter("records_group_commits_total") - groupsBefore;
        assertEquals(POSTS, writes, "every POST went through the group commit");
        assertTrue(groups >= 1 && groups <= writes, groups + " transactions for " + writes + " writes");
    }

    @Test
    void aWriteThatBreaksAConstraintFailsAloneAndTheRestOfItsGroupIsStored() throws Exception {
        String marker = marker();
        String poison = "poison-" + marker;
        db().update("ALTER TABLE " + api().table() + " ADD CONSTRAINT group_commit_suite CHECK (" + markerField()
                + " <> '" + poison + "')");
        try {
            int bad = POSTS / 2;
            List<Answer> answers = burst(i -> body(i == bad ? poison : marker), i -> "gc-" + marker + "-" + i);
            Answer failed = answers.get(bad);
            assertTrue(failed.status() >= 500, "the write that breaks the constraint fails: " + failed.body());
            assertTrue(failed.body().contains("\"status\":" + failed.status()), "as problem+json: " + failed.body());
            List<Answer> others = new ArrayList<>(answers);
            others.remove(bad);
            others.forEach(a -> assertEquals(201, a.status(), a.body()));
            assertEquals(POSTS - 1, rows(marker));
            assertNothingStored(poison);
            assertEquals(0, db().count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", "gc-" + marker + "-" + bad),
                    "the failed write's key is free again");
            assertEventsOnce(others);
        } finally {
            db().update("ALTER TABLE " + api().table() + " DROP CONSTRAINT group_commit_suite");
        }
    }

    /**
     * {@value #POSTS} POSTs released together; the i-th with body {@code bodies(i)}, a unique money value and
     * Idempotency-Key {@code keys(i)} (null: none). Answers in input order.
     */
    private List<Answer> burst(Function<Integer, Map<String, Object>> bodies, Function<Integer, String> keys)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(POSTS);
        ExecutorService clients = Executors.newFixedThreadPool(POSTS);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                int n = i;
                futures.add(clients.submit(() -> {
                    Map<String, Object> body = bodies.apply(n);
                    BigDecimal money = new BigDecimal(7000 + n).add(new BigDecimal("0.01"));
                    body.put(moneyField(), money);
                    String json = json(body);
                    start.await();
                    Response r = post(basePath(), keys.apply(n), json);
                    String text = r.asString();
                    return new Answer(money, r.statusCode(), r.statusCode() == 201 ? r.path("id") : null, text);
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            clients.shutdown();
        }
    }

    /** Each answer's record has exactly one "recorded" event on Kafka, carrying its own value. */
    private void assertEventsOnce(List<Answer> answers) {
        List<String> ids = answers.stream().map(Answer::id).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db().count(
                "SELECT count(*) FROM outbox_event WHERE subject = ANY (?::text[])", "{" + String.join(",", ids) + "}") == 0);
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            String last = ids.get(ids.size() - 1);
            probe.await(Duration.ofSeconds(30), e -> last.equals(e.header("ce_subject")));
            Map<String, List<KafkaProbe.Event>> events = probe.all(Duration.ofSeconds(2),
                    e -> ids.contains(e.header("ce_subject"))).stream()
                    .collect(Collectors.groupingBy(e -> e.header("ce_subject")));
            for (Answer a : answers) {
                List<KafkaProbe.Event> mine = events.getOrDefault(a.id(), List.of());
                assertEquals(1, mine.size(), "exactly one event for " + a.id());
                assertTrue(mine.get(0).header("ce_type").endsWith(".recorded.v1"));
                assertTrue(mine.get(0).value().contains(a.money().toPlainString()), mine.get(0).value());
            }
        }
    }

    /** A counter from the service's Prometheus endpoint. */
    private long meter(String name) {
        String text = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> lines = text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{")).toList();
        assertTrue(!lines.isEmpty(), name + " is published: " + text.lines().filter(l -> l.contains("group"))
                .collect(Collectors.joining("\n")));
        return lines.stream().mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
