package az.industry.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;

/**
 * A write service under hostile input ({@link HostileCorpus}): more than 500 malformed or hostile requests to each of
 * its write endpoints (record one, batch, void), every answer a 4xx problem+json without a stack trace, and nothing
 * refused stored or published (rows, idempotency keys, outbox and topic before and after). Prints its figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputSuite extends WriteApiTestBase {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The fields of a valid body a person writes freely; every other string field has a fixed vocabulary or is a date. */
    protected abstract Set<String> freeTextFields();

    /** The fields a body may leave out. */
    protected Set<String> optionalFields() {
        return Set.of();
    }

    @Test
    void recordingOneRefusesEveryHostileBodyAndStoresNothing() {
        String marker = marker();
        List<HostileCorpus.Case> cases = corpus(marker).single();
        assertRefusedAndNothingStored("POST " + basePath(), basePath(), cases, marker);
    }

    @Test
    void aBatchRefusesEveryHostileBodyAndStoresNothing() {
        String marker = marker();
        List<HostileCorpus.Case> cases = corpus(marker).batch();
        assertRefusedAndNothingStored("POST " + basePath() + "/batch", basePath() + "/batch", cases, marker);
    }

    @Test
    void voidingRefusesEveryHostileBodyAndIdAndVoidsNothing() throws Exception {
        String marker = marker();
        String id = post(basePath(), null, json(body(marker))).then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> db().count("SELECT count(*) FROM outbox_event WHERE subject = ?", id) == 0);
        List<HostileCorpus.Case> cases = new ArrayList<>(HostileCorpus.voidBodies());
        long voidedBefore = voided();
        Tally tally = new Tally();
        for (HostileCorpus.Case c : cases) {
            tally.check(c.name(), send(basePath() + "/" + id + "/void", c));
        }
        byte[] reason = "{\"reason\":\"a hostile id\"}".getBytes(StandardCharsets.UTF_8);
        for (String hostile : HostileCorpus.hostileIds()) {
            HostileCorpus.Case c = new HostileCorpus.Case("void of id " + HostileCorpus.shorten(hostile), HostileCorpus.JSON_TYPE, reason);
            tally.check(c.name(), send(basePath() + "/" + pathSegment(hostile) + "/void", c));
        }
        tally.print("POST " + basePath() + "/{id}/void");
        tally.assertAllRefused();
        assertTrue(tally.total >= 500, "the void corpus has " + tally.total + " requests");
        assertEquals(voidedBefore, voided(), "no record voided");
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            assertEquals(0, probe.all(Duration.ofSeconds(2), e -> id.equals(e.header("ce_subject"))
                    && e.header("ce_type").endsWith("voided")).size(), "no void event for the record");
        }
    }

    private HostileCorpus corpus(String marker) {
        return new HostileCorpus(body(marker), freeTextFields(), optionalFields());
    }

    private void assertRefusedAndNothingStored(String endpoint, String path, List<HostileCorpus.Case> cases, String marker) {
        assertTrue(cases.size() >= 500, endpoint + ": the corpus has only " + cases.size() + " requests");
        long rows = db().count("SELECT count(*) FROM " + api().table());
        long keys = db().count("SELECT count(*) FROM idempotency_key");
        Tally tally = new Tally();
        int n = 0;
        for (HostileCorpus.Case c : cases) {
            tally.check(c.name(), send(path, c, "hostile-" + marker + "-" + n++));
        }
        tally.print(endpoint);
        tally.assertAllRefused();
        assertEquals(rows, db().count("SELECT count(*) FROM " + api().table()), "no row stored");
        assertEquals(keys, db().count("SELECT count(*) FROM idempotency_key"), "no idempotency key stored");
        assertNothingStored(marker);
        try (KafkaProbe probe = new KafkaProbe(topic())) {
            assertEquals(0, probe.all(Duration.ofSeconds(2), e -> e.value() != null && e.value().contains(marker)).size(),
                    "no event of a refused request published");
        }
    }

    private long voided() {
        return db().count("SELECT count(*) FROM " + api().table() + " WHERE voided_at IS NOT NULL");
    }

    private HttpResponse<String> send(String path, HostileCorpus.Case c) {
        return send(path, c, null);
    }

    /** Sends {@code c} as it is (its bytes, its Content-Type or none) with the admin's token and {@code key}, if any. */
    private HttpResponse<String> send(String path, HostileCorpus.Case c, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", headers().get("Authorization"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(c.name() + ": no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String pathSegment(String id) {
        return id.matches("[A-Za-z0-9%._-]+") ? id : URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Answers by status, and every answer that is not a clean 4xx problem+json. */
    static final class Tally {
        final Map<Integer, Integer> byStatus = new TreeMap<>();
        final List<String> wrong = new ArrayList<>();
        int total;

        void check(String name, HttpResponse<String> r) {
            total++;
            byStatus.merge(r.statusCode(), 1, Integer::sum);
            String problem = problem(r);
            if (problem != null) {
                wrong.add(name + " -> " + r.statusCode() + ": " + problem + " " + HostileCorpus.shorten(r.body()));
            }
        }

        private static String problem(HttpResponse<String> r) {
            if (r.statusCode() < 400 || r.statusCode() > 499) {
                return "not a 4xx";
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(PROBLEM)) {
                return "Content-Type " + type;
            }
            String body = r.body();
            if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.postgresql") || body.contains("at az.industry")) {
                return "a stack trace or exception in the answer";
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("status").asInt() != r.statusCode() || problem.path("title").asText().isBlank()) {
                    return "problem without its status or title";
                }
            } catch (IOException e) {
                return "not JSON";
            }
            return null;
        }

        void print(String endpoint) {
            System.out.printf("[hostile input] %s: %d requests; answers by status %s; not a clean 4xx problem: %d%n", endpoint, total,
                    byStatus, wrong.size());
        }

        void assertAllRefused() {
            assertTrue(wrong.isEmpty(), wrong.size() + " of " + total + " answers were not a 4xx problem+json:\n"
                    + String.join("\n", wrong.subList(0, Math.min(60, wrong.size()))));
        }
    }
}
