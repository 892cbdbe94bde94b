package az.industry.e2e.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import az.industry.e2e.E2eKeys;
import az.industry.e2e.Http;
import az.industry.infra.Ports;
import az.industry.infra.PostgresServer;
import az.industry.infra.ServiceLauncher;
import az.industry.infra.ServiceSpec;

/**
 * The database dies while a write commits: a deferred trigger holds investment-service's COMMIT open, and the
 * test SIGKILLs that backend (PostgreSQL then restarts every backend, as after a crash). The write is answered 503
 * problem+json (never a 500: the outcome is the database's fault, and a retry with the key is safe), and sent
 * again with its key once the database is back it is stored once. The service logs in JSON (the option operators
 * use), and its line about the 503 names the trace of the request that got it.
 */
class ConnectionLostAtCommitTest {

    static final Path HOME = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    static final ServiceSpec INVESTMENT = ServiceSpec.named("investment");
    static final String STALLED = "Stalled Commit LLC";
    static final String BODY = """
            {"zoneId": "garadagh-industrial-park", "investor": "%s", "sector": "METALLURGY",
             "amount": 1234.56, "currency": "AZN", "investedOn": "2024-06-01", "jobsCreated": 3}""";

    static final String TRACE_ID = "5e1f0c0ffee0000000000000000c0de5";

    PostgresServer postgres;
    Process service;
    int httpPort;
    Path log;

    @BeforeEach
    void start() throws Exception {
        postgres = PostgresServer.start(null, Ports.free());
        postgres.ensureDatabase(INVESTMENT.database());
        httpPort = Ports.free();
        log = Files.createTempFile("commit-lost-investment", ".log");
        Map<String, String> env = new HashMap<>(E2eKeys.env());
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        // no broker: the relay keeps retrying and the events stay in the outbox, where this test counts them
        service = ServiceLauncher.start(HOME, INVESTMENT, httpPort, Ports.LOOPBACK + ":" + Ports.free(),
                postgres.jdbcUrl(INVESTMENT.database()), env, log, false);
        ServiceLauncher.awaitReady("investment-service", httpPort, service.toHandle(), Duration.ofSeconds(90), log);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION stall_commit() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN PERFORM pg_sleep(60); RETURN NULL; END $$");
            s.execute("CREATE CONSTRAINT TRIGGER stall_commit AFTER INSERT ON investment DEFERRABLE INITIALLY DEFERRED"
                    + " FOR EACH ROW WHEN (NEW.investor = '" + STALLED + "') EXECUTE FUNCTION stall_commit()");
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCommitCutOffByTheDatabaseIsA503AndTheRetryStoresItOnce() throws Exception {
        assertEquals(201, post("before", "Before Commit LLC").status());
        CompletableFuture<Http.Response> stalled = CompletableFuture.supplyAsync(() -> {
            try {
                return post("stalled", STALLED, Map.of("traceparent", "00-" + TRACE_ID + "-00000000000000a1-01"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicLong backend = new AtomicLong();
        Awaitility.await("the write's COMMIT is held by the trigger").atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection c = admin(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep'")) {
                if (rs.next()) {
                    backend.set(rs.getLong(1));
                }
            }
            return backend.get() != 0;
        });
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(backend.get())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "killed backend " + backend.get());

        Http.Response answer = stalled.get(60, TimeUnit.SECONDS);
        System.out.println("[commit-lost] the write whose commit the database cut off was answered " + answer.status()
                + " " + answer.raw());
        assertEquals(503, answer.status(), "a commit cut off by the database is a 503 to retry: " + answer.raw());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonNode line = Awaitility.await("the 503 is logged").atMost(Duration.ofSeconds(10))
                .until(() -> logLine("answered 503"), Objects::nonNull);
        assertEquals(TRACE_ID, line.path("mdc").path("traceId").asText(), "the log line names the request's trace: " + line);

        Awaitility.await("PostgreSQL took connections again").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> PostgresServer.canConnect(postgres.jdbcUrl("postgres")));
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER stall_commit ON investment");
        }
        Awaitility.await("the same key goes through once the database is back").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> post("stalled", STALLED).status() == 201);
        assertEquals(201, post("stalled", STALLED).status(), "replayed");
        try (Connection c = admin(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM investment WHERE investor = '" + STALLED + "'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "stored once");
        }
    }

    private Http.Response post(String key, String investor) throws Exception {
        return post(key, investor, Map.of());
    }

    private Http.Response post(String key, String investor, Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Idempotency-Key", key);
        return Http.postJson("http://127.0.0.1:" + httpPort + "/api/investments", BODY.formatted(investor),
                E2eKeys.token("investment-officer"), all);
    }

    /** The first JSON log line whose message contains {@code text}, or null. */
    private JsonNode logLine(String text) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("{") && line.contains(text)) {
                return json.readTree(line);
            }
        }
        return null;
    }

    private Connection admin() throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(INVESTMENT.database()), PostgresServer.USER, "");
    }
}
