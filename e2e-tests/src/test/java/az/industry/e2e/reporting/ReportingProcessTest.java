package az.industry.e2e.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.contracts.event.RecordKind;
import az.industry.infra.Ports;

/**
 * The built reporting-service as real processes against a real Kafka and PostgreSQL: an instance SIGKILLed in
 * the middle of a stream and restarted ends at the exact totals; two instances in one consumer group share the
 * partitions, agree on the exact totals, both live feeds follow every batch, and when one is killed mid-stream the
 * other takes its partitions over.
 * Every expected figure is an independent BigDecimal sum of the published records.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingProcessTest {

    static ReportingStack stack;
    static EventFeed feed;

    @BeforeAll
    static void infrastructure() throws Exception {
        stack = new ReportingStack();
        feed = new EventFeed(stack.kafka.bootstrapServers(), 20250501L);
    }

    @AfterAll
    static void stop() {
        if (feed != null) {
            feed.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void anInstanceKilledMidStreamRestartsToTheExactTotals() throws Exception {
        int port = Ports.free();
        ReportingStack.Instance instance = stack.start("reporting-crash", port, "crash", "reporting_crash");
        long start = System.nanoTime();
        feed.publish(6000);
        long target = feed.distinctEvents();
        // well into the stream, before the throttled offset commit (every 5 s) has caught up
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> ReportingApi.eventsApplied(instance) >= target / 4);
        instance.kill();
        double beforeKill = (System.nanoTime() - start) / 1e9;
        long atKill = stack.eventsApplied("reporting_crash");
        System.out.printf("[e2e reporting] killed with %d of %d events applied, %.2f s after the first was published "
                + "(one instance: %.0f events/s including publishing)%n", atKill, target, beforeKill, atKill / beforeKill);
        assertTrue(atKill < target, "killed in the middle of the stream");

        feed.publish(1000); // published while it is down
        ReportingStack.Instance restarted = stack.start("reporting-crash-restarted", port, "crash", "reporting_crash");
        awaitExact(restarted, Duration.ofSeconds(120));
        System.out.printf("[e2e reporting] after restart: %s duplicates skipped (the feed's redeliveries and the "
                + "events applied before the crash, delivered again); %.1f s from first publish to exact totals%n",
                ReportingApi.projections(restarted).get("instanceDuplicatesSkipped"), (System.nanoTime() - start) / 1e9);
        restarted.kill();
    }

    @Test
    @Order(2)
    void twoInstancesShareThePartitionsAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        ReportingStack.Instance first = stack.start("reporting-pair-1", Ports.free(), "pair", "reporting_pair");
        ReportingStack.Instance second = stack.start("reporting-pair-2", Ports.free(), "pair", "reporting_pair");
        LiveFeed firstFeed = new LiveFeed(first);
        LiveFeed secondFeed = new LiveFeed(second);
        await().atMost(Duration.ofSeconds(120)).until(() -> ReportingApi.eventsApplied(first) == feed.distinctEvents());
        long caughtUp = feed.distinctEvents();
        long start = System.nanoTime();
        feed.publish(6000);
        awaitExact(first, Duration.ofSeconds(120));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[e2e reporting] two instances applied %d new events in %.2f s from the first publish: "
                + "%.0f events/s%n", feed.distinctEvents() - caughtUp, seconds, (feed.distinctEvents() - caughtUp) / seconds);
        // each instance's feed follows every batch, whichever instance applied it
        await().atMost(Duration.ofSeconds(10)).until(() -> firstFeed.lastEventsApplied() == feed.distinctEvents()
                && secondFeed.lastEventsApplied() == feed.distinctEvents());
        firstFeed.close();
        secondFeed.close();
        assertEquals(ReportingApi.get(first.url("/api/reports/national")).toString(),
                ReportingApi.get(second.url("/api/reports/national")).toString(), "both answer from the same projections");
        long firstApplied = ReportingApi.projections(first).get("instanceEventsApplied").longValue();
        long secondApplied = ReportingApi.projections(second).get("instanceEventsApplied").longValue();
        System.out.printf("[e2e reporting] applied by instance 1: %d, by instance 2: %d%n", firstApplied, secondApplied);
        assertTrue(firstApplied > 0 && secondApplied > 0, "the partitions are spread over both instances");

        feed.publish(4000);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> ReportingApi.projections(second).get("instanceEventsApplied").longValue() > secondApplied);
        second.kill();
        awaitExact(first, Duration.ofSeconds(120));
    }

    /** Waits until the instance shows every distinct event applied, then checks the totals to the qəpik. */
    private static void awaitExact(ReportingStack.Instance instance, Duration timeout) throws Exception {
        long target = feed.distinctEvents();
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> ReportingApi.eventsApplied(instance) >= target);
        JsonNode national = ReportingApi.get(instance.url("/api/reports/national"));
        assertEquals(target, national.get("eventsApplied").longValue(), "each distinct ce_id applied once");
        assertEquals(feed.azn(RecordKind.INVESTMENT), national.at("/investment/totalAzn").decimalValue());
        assertEquals(feed.count(RecordKind.INVESTMENT), national.at("/investment/count").longValue());
        assertEquals(feed.jobs(), national.at("/investment/jobsCreated").longValue());
        assertEquals(feed.azn(RecordKind.PRODUCTION), national.at("/production/totalAzn").decimalValue());
        assertEquals(feed.count(RecordKind.PRODUCTION), national.at("/production/count").longValue());
        assertEquals(feed.azn(RecordKind.EXPORT), national.at("/exports/totalAzn").decimalValue());
        assertEquals(feed.count(RecordKind.EXPORT), national.at("/exports/count").longValue());
    }
}
