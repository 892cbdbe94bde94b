package az.industry.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
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
@Tag("integration")
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

    @Test
    void validEnvelopesWithInvalidValuesAHugeEventAndMissingHeadersAreParkedAndARebuildSkipsThemToo() throws Exception {
        double countedBefore = deadLettered();
        LocalDate day = LocalDate.of(2002, 2, 2);
        String window = "/api/reports/national?from=2002-01-01&to=2002-12-31";
        InvestmentRecord good = Records.investment(PIRALLAHI, Sector.ENERGY, "7.07", "AZN", day, 2);
        InvestmentRecord negative = Records.investment(PIRALLAHI, Sector.ENERGY, "1.00", "AZN", day, 1);
        ExportRecord badCountry = Records.export(PIRALLAHI, Sector.ENERGY, "GE", "3.00", "AZN", day);
        ProductionRecord huge = Records.production(PIRALLAHI, Sector.ENERGY, "2.00", "AZN", day);
        InvestmentRecord noType = Records.investment(PIRALLAHI, Sector.ENERGY, "4.00", "AZN", day, 1);
        try (EventWriter events = new EventWriter()) {
            String negativeJson = events.json(negative).replace("\"amountAzn\":1.00", "\"amountAzn\":-1.00");
            events.raw(Topics.INVESTMENTS, PIRALLAHI, negativeJson, negative.kind().recordedType(), "dlq-4-" + negative.id());
            events.raw(Topics.EXPORTS, PIRALLAHI, events.json(badCountry).replace("\"GE\"", "\"G1\""), badCountry.kind().recordedType(),
                    "dlq-5-" + badCountry.id());
            String bigName = "Huge " + "x".repeat(600_000);
            events.raw(Topics.PRODUCTION, PIRALLAHI, events.json(huge).replace(huge.company(), bigName), huge.kind().recordedType(),
                    "dlq-6-" + huge.id());
            events.send(Topics.INVESTMENTS, null, PIRALLAHI, events.json(noType), EventWriter.headers(null, "dlq-7-" + noType.id())).get();
            events.publish(good, false);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode n = ExactJson.get(window);
            assertEquals(new BigDecimal("7.07"), n.at("/investment/totalAzn").decimalValue());
            assertEquals(1, n.at("/investment/count").longValue() + n.at("/production/count").longValue() + n.at("/exports/count").longValue());
        });
        try (KafkaProbe dlq = new KafkaProbe(Topics.REPORTING_DEAD_LETTER)) {
            assertParked(dlq.await(Duration.ofSeconds(20), e -> e.value().contains(negative.id().toString())), Topics.INVESTMENTS,
                    "AZN amount out of range");
            assertParked(dlq.await(Duration.ofSeconds(20), e -> e.value().contains(badCountry.id().toString())), Topics.EXPORTS,
                    "bad destinationCountry");
            assertParked(dlq.await(Duration.ofSeconds(20), e -> e.value().contains(huge.id().toString())), Topics.PRODUCTION,
                    "company (investor, producer or exporter) longer than");
            assertParked(dlq.await(Duration.ofSeconds(20), e -> e.value().contains(noType.id().toString())), Topics.INVESTMENTS,
                    "unexpected ce_type null");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLettered() >= countedBefore + 4);
        JsonNode before = ExactJson.get(window);

        given().when().post("/api/admin/rebuild").then().statusCode(202);
        JsonNode done = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> ExactJson.get("/api/admin/rebuild"), st -> !"RUNNING".equals(st.path("status").asText()));
        assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
        assertTrue(done.path("poisonSkipped").asLong() >= 4, "the rebuild skipped the poison events too: " + done);
        ExactJson.assertSame("after the rebuild", before, ExactJson.get(window), java.util.Set.of("asOf", "eventsApplied"));
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
