package az.industry.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.reporting.ConsumerLag;
import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.reporting.Reports;
import az.industry.reporting.Workload;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.Topics;
import az.industry.contracts.zone.Sector;
import az.industry.reporting.health.ConsumerStats;
import az.industry.reporting.messaging.RecordEventsConsumer;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * A restart that lost its committed offsets, simulated in the JVM: the live consumer is sent back to the start of
 * every partition, so every event is delivered again; the reports do not change by a qəpik (each ce_id is applied
 * once) and the redelivered events are counted as duplicates. Its records are dated 2000, used by no other test.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RedeliveryTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @Inject
    KafkaClientService clients;

    @Inject
    ConsumerStats stats;

    @Test
    void everyEventDeliveredAgainChangesNothing() throws Exception {
        Workload own = Workload.generate(2000L, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31), d -> true, 10, 10, 10);
        try (EventWriter events = new EventWriter()) {
            for (Workload.Event e : own.events) {
                events.send(e.record(), e.voiding(), e.ceId(), null);
            }
            events.flush();
        }
        ConsumerLag.awaitZero(Duration.ofSeconds(60));
        Reports before = Reports.take(null, null);
        long applied = before.answers.get(before.national()).get("eventsApplied").longValue();
        double duplicatesBefore = stats.duplicates();
        long published;
        long parked;
        try (Admin admin = ConsumerLag.admin()) {
            published = ConsumerLag.endOffsets(admin).values().stream().mapToLong(Long::longValue).sum();
            parked = admin.listOffsets(Map.of(new TopicPartition(Topics.REPORTING_DEAD_LETTER, 0),
                    org.apache.kafka.clients.admin.OffsetSpec.latest())).all().get().values().iterator().next().offset();
        }

        java.util.function.Consumer<org.apache.kafka.clients.consumer.Consumer<Object, Object>> rewind =
                c -> c.seekToBeginning(c.assignment());
        clients.getConsumer(RecordEventsConsumer.CHANNEL).runOnPollingThread(rewind).await()
                .atMost(Duration.ofSeconds(10));
        // one marker per partition, after everything delivered again: a void of a record never recorded changes no
        // total, and once all are applied every partition has been read again up to them
        int markers = 0;
        try (EventWriter events = new EventWriter()) {
            for (String topic : java.util.List.of(Topics.INVESTMENTS, Topics.PRODUCTION, Topics.EXPORTS)) {
                for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                    IndustryRecord never = marker(topic);
                    events.send(never, true, UUID.randomUUID().toString(), p).get();
                    markers++;
                }
            }
        }
        long expected = applied + markers;
        await().atMost(Duration.ofSeconds(60)).until(
                () -> ExactJson.get("/api/reports/national").get("eventsApplied").longValue() >= expected);

        before.assertMatch(Reports.take(null, null), Set.of("asOf", "eventsApplied"));
        assertEquals(expected, ExactJson.get("/api/reports/national").get("eventsApplied").longValue());
        double redelivered = stats.duplicates() - duplicatesBefore;
        System.out.printf("[redelivery] %d events in the topics, %.0f redelivered as duplicates%n", published, redelivered);
        assertTrue(redelivered >= published - parked, "every applied event came again: " + redelivered + " of " + published);
    }

    private static IndustryRecord marker(String topic) {
        LocalDate day = LocalDate.of(2000, 6, 6);
        String zone = "neftchala-industrial-quarter";
        return switch (topic) {
            case Topics.INVESTMENTS -> Records.investment(zone, Sector.OTHER, "1.00", "AZN", day, 0);
            case Topics.PRODUCTION -> Records.production(zone, Sector.OTHER, "1.00", "AZN", day);
            default -> Records.export(zone, Sector.OTHER, "FR", "1.00", "AZN", day);
        };
    }
}
