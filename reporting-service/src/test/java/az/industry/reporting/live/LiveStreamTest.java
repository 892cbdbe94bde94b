package az.industry.reporting.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.live.LiveTotals;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.SharedInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code GET /api/reports/stream} read by plain HTTP clients as server-sent events: the totals on connect, an
 * event after each applied batch with the totals and the changed zones, to every subscriber; a closed client is
 * forgotten; a batch another instance commits is pushed too. Its records are dated 2002, which no other test uses.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class LiveStreamTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    static final String HAJIGABUL = "hajigabul-industrial-park";

    @TestHTTPResource("/api/reports/stream")
    URI stream;

    @Inject
    LiveTotals live;

    /** A connected SSE client collecting the JSON of each {@code data:} line, and its comment lines. */
    static final class Client implements AutoCloseable {
        final List<JsonNode> events = new CopyOnWriteArrayList<>();
        final List<String> comments = new CopyOnWriteArrayList<>();
        final HttpResponse<Stream<String>> response;

        Client(URI uri) throws Exception {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + az.industry.testsupport.Tokens.manager())
                    .GET().build(), HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(line -> {
                        if (line.startsWith("data:")) {
                            events.add(ExactJson.read(line.substring(5).trim()));
                        } else if (line.startsWith(":")) {
                            comments.add(line);
                        }
                    });
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "sse-client");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for an event matching {@code test}. */
        JsonNode await(java.util.function.Predicate<JsonNode> test) {
            return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                    .until(() -> events.stream().filter(test).findFirst().orElse(null), e -> e != null);
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void pushesTheTotalsOnConnectAndAfterEveryBatchToEverySubscriber() throws Exception {
        try (Client first = new Client(stream); Client second = new Client(stream)) {
            assertEquals(200, first.response.statusCode());
            assertTrue(first.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            JsonNode initial = first.await(e -> true);
            assertEquals(0, initial.get("changedZones").size(), "the first event is the current state");
            ExactJson.assertSame("initial", ExactJson.get("/api/reports/national"), initial.get("national"), Set.of("asOf"));
            second.await(e -> true);
            BigDecimal total = initial.at("/national/investment/totalAzn").decimalValue();

            InvestmentRecord record = Records.investment(HAJIGABUL, Sector.ENERGY, "123.45", "AZN", LocalDate.of(2002, 5, 5), 7);
            try (EventWriter events = new EventWriter()) {
                events.publish(record, false);
                for (Client c : List.of(first, second)) {
                    JsonNode pushed = c.await(e -> e.at("/national/investment/totalAzn").decimalValue()
                            .equals(total.add(new BigDecimal("123.45"))));
                    assertEquals(List.of(HAJIGABUL), List.of(pushed.get("changedZones").get(0).asText()));
                    ExactJson.assertSame("pushed", ExactJson.get("/api/reports/national"), pushed.get("national"),
                            Set.of("asOf"));
                }
                events.publish(Records.voided(record), true);
                first.await(e -> e.at("/national/investment/totalAzn").decimalValue().equals(total)
                        && e.get("changedZones").toString().contains(HAJIGABUL));
            }
            assertEquals(2, live.subscribers());
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> live.subscribers() == 0);
    }

    @Test
    void anIdleStreamGetsKeepAliveCommentsAndNoExtraEvents() throws Exception {
        try (Client client = new Client(stream)) {
            client.await(e -> true);
            // the test profile sends one every 0.5 s (20 s in production)
            await().atMost(Duration.ofSeconds(10)).until(() -> client.comments.size() >= 2);
            assertTrue(client.comments.stream().allMatch(":keep-alive"::equals), client.comments.toString());
            assertTrue(client.events.size() <= 2, "keep-alives are not data events: " + client.events);
        }
    }

    @Test
    void aBatchCommittedByAnotherInstanceIsPushedToo() throws Exception {
        try (Client client = new Client(stream)) {
            client.await(e -> true);
            // what another instance's batch transaction sends on commit (BatchNotifications)
            SharedInfra.Database db = SharedInfra.database("reporting");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("SELECT pg_notify('reporting_batches', 'another-instance ganja-industrial-park,aghdam-industrial-park')");
            }
            JsonNode pushed = client.await(e -> e.get("changedZones").size() == 2);
            assertEquals("[\"ganja-industrial-park\",\"aghdam-industrial-park\"]", pushed.get("changedZones").toString());
            ExactJson.assertSame("pushed", ExactJson.get("/api/reports/national"), pushed.get("national"), Set.of("asOf"));
        }
    }
}
