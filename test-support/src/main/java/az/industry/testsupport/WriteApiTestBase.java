package az.industry.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What the shared write-API suites stand on: the service under test ({@link WriteApi}), requests, markers, and
 * assertions on its database and topic (nothing stored; exactly one event).
 */
public abstract class WriteApiTestBase {

    /** The problem media type. */
    protected static final String PROBLEM = "application/problem+json";
    /** Reads and writes JSON in tests. */
    protected static final ObjectMapper JSON = new ObjectMapper();

    private Db db;

    /** What the service under test records and where. */
    protected abstract WriteApi api();

    /** Headers every request carries: by default an admin's bearer token. */
    protected Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + Tokens.admin());
    }

    /** Every request starts here, with {@link #headers()}. */
    protected RequestSpecification request() {
        return given().headers(headers());
    }

    protected String basePath() {
        return api().basePath();
    }

    protected String topic() {
        return api().topic();
    }

    protected String markerField() {
        return api().markerField();
    }

    protected String moneyField() {
        return api().moneyField();
    }

    /** A valid body whose marker field is {@code marker}; mutable. */
    protected Map<String, Object> body(String marker) {
        return api().body().apply(marker);
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

    protected Response postCsv(String csv) {
        return request().contentType("text/csv").body(csv).post(basePath() + "/batch");
    }

    /** Rows of the table whose marker field is {@code marker}. */
    protected long rows(String marker) {
        return db().count("SELECT count(*) FROM " + api().table() + " WHERE " + markerField() + " = ?", marker);
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
            Predicate<KafkaProbe.Event> match = e -> id.equals(e.header("ce_subject"))
                    && e.header("ce_type").endsWith(typeSuffix);
            probe.await(Duration.ofSeconds(30), match);
            assertEquals(1, probe.all(Duration.ofSeconds(1), match).size(), "exactly one event for " + id);
        }
    }

    protected List<Map<String, Object>> rows(String marker, int n) {
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = body(marker);
            row.put(moneyField(), new BigDecimal(1000 + i).setScale(2));
            rows.add(row);
        }
        return rows;
    }

    protected String jsonArray(String marker, int n) {
        return json(rows(marker, n));
    }

    /** CSV with a header row of the field names and one line per row; every cell quoted. */
    protected static String csv(List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>(new TreeMap<>(rows.get(0)).keySet());
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, Object> row : rows) {
            csv.append(columns.stream().map(c -> row.get(c) == null ? "" : row.get(c).toString())
                    .map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    protected Db db() {
        if (db == null) {
            db = new Db(api().database());
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
