package az.industry.infra.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.infra.Wait;

/** Waits until the reports caught up with the bench: every record it created counted, or a number of events applied. */
final class ReportCatchUp {

    private final PlatformApi api;
    private final CreatedRecords created;
    private Map<String, Long> initialCounts;

    ReportCatchUp(PlatformApi api, CreatedRecords created) {
        this.api = api;
        this.created = created;
    }

    /** Section → record count of the national report now. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode n = api.national();
        for (WriteService s : WriteService.ALL) {
            counts.put(s.section(), n.path(s.section()).path("count").asLong());
        }
        return counts;
    }

    /** Remembers the counts before the bench created anything, which {@link #awaitCounted} adds the created records to; returns them. */
    Map<String, Long> start() {
        initialCounts = counts();
        return initialCounts;
    }

    /** Waits until the national report counts every record created so far; returns how long that took, in ms. */
    long awaitCounted() {
        long start = System.nanoTime();
        Wait.until("the national report to count every bench record", Duration.ofMinutes(30), Duration.ofMillis(20), () -> {
            Map<String, Long> now = counts();
            return WriteService.ALL.stream().allMatch(s -> now.get(s.section()) >= initialCounts.get(s.section()) + created.size(s.name()));
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Waits until the reports applied {@code events} events; returns how long that took, in ms. */
    long awaitEvents(long events, Duration timeout) {
        long start = System.nanoTime();
        Wait.until("the reports to apply " + events + " events", timeout, Duration.ofMillis(200), () -> api.eventsApplied() >= events);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
