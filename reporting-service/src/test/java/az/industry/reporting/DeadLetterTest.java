package az.industry.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.Topics;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.KafkaProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Events that can never be applied - malformed JSON, an unknown {@code ce_type}, no {@code ce_id} - each land on
 * {@code industry.reporting.dlq.v1} with their reason and origin, are counted by
 * {@code reporting_events_dead_lettered_total}, and the events after them are still applied. Its good records are
 * dated 2001, which no other test uses.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DeadLetterTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    static final String PIRALLAHI = "pirallahi-industrial-park";
    static final Pattern COUNTER = Pattern.compile("(?m)^reporting_events_dead_lettered_total(?:\\{[^}]*})? (\\S+)$");

    @Test
    void poisonEventsAreParkedWithTheirReasonAndLaterEventsAreApplied() throws Exception {
        double countedBefore = deadLettered();
        LocalDate day = LocalDate.of(2001, 9, 9);
        InvestmentRecord unparseable = Records.investment(PIRALLAHI, Sector.ENERGY, "1.00", "AZN", day, 1);
        ProductionRecord unknownType = Records.production(PIRALLAHI, Sector.ENERGY, "2.00", "AZN", day);
        ExportRecord noId = Records.export(PIRALLAHI, Sector.ENERGY, "GE", "3.00", "AZN", day);
        String malformed = "{\"id\": \"" + unparseable.id() + "\", \"amountAzn\": 1.00,";
        try (EventWriter events = new EventWriter()) {
            events.raw(Topics.INVESTMENTS, PIRALLAHI, malformed, unparseable.kind().recordedType(), "dlq-1-" + unparseable.id());
            events.raw(Topics.PRODUCTION, PIRALLAHI, events.json(unknownType), "az.industry.production.amended.v1",
                    "dlq-2-" + unknownType.id());
            events.send(Topics.EXPORTS, null, PIRALLAHI, events.json(noId),
                    EventWriter.headers(noId.kind().recordedType(), null)).get();
            events.publish(Records.investment(PIRALLAHI, Sector.ENERGY, "10.01", "AZN", day, 5), false);
            events.publish(Records.production(PIRALLAHI, Sector.ENERGY, "20.02", "USD", day), false);
            events.publish(Records.export(PIRALLAHI, Sector.ENERGY, "GE", "30.03", "AZN", day), false);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode n = ExactJson.get("/api/reports/national?from=2001-01-01&to=2001-12-31");
            assertEquals(new BigDecimal("10.01"), n.at("/investment/totalAzn").decimalValue());
            assertEquals(new BigDecimal("34.03"), n.at("/production/totalAzn").decimalValue()); // 20.02 USD
            assertEquals(new BigDecimal("30.03"), n.at("/exports/totalAzn").decimalValue());
            assertEquals(3, n.at("/investment/count").longValue() + n.at("/production/count").longValue()
                    + n.at("/exports/count").longValue());
        });

        try (KafkaProbe dlq = new KafkaProbe(Topics.REPORTING_DEAD_LETTER)) {
            assertParked(dlq.await(Duration.ofSeconds(20), e -> malformed.equals(e.value())), Topics.INVESTMENTS,
                    "unparseable JSON");
            assertParked(dlq.await(Duration.ofSeconds(20), e -> e.value().contains(unknownType.id().toString())),
                    Topics.PRODUCTION, "unexpected ce_type az.industry.production.amended.v1");
            KafkaProbe.Event parked = dlq.await(Duration.ofSeconds(20), e -> e.value().contains(noId.id().toString()));
            assertParked(parked, Topics.EXPORTS, "missing ce_id");
            assertEquals(noId.kind().recordedType(), parked.header("ce_type"), "the original headers are kept");
            assertEquals(PIRALLAHI, parked.key());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLettered() == countedBefore + 3);
    }

    private static void assertParked(KafkaProbe.Event e, String topic, String reason) {
        assertTrue(e.header("dead-letter-reason").startsWith(reason), e.header("dead-letter-reason"));
        assertEquals(topic, e.header("dead-letter-topic"));
        assertTrue(Integer.parseInt(e.header("dead-letter-partition")) >= 0);
        assertTrue(Long.parseLong(e.header("dead-letter-offset")) >= 0);
    }

    /** The counter at /q/metrics (Prometheus text), 0 before the first dead letter. */
    static double deadLettered() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = COUNTER.matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
