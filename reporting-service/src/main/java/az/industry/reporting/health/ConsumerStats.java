package az.industry.reporting.health;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import az.industry.reporting.service.ProjectionHandler.BatchApplied;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What this instance's consumer has committed: batches, new and duplicate events (also as the metrics
 * {@code reporting_events_applied_total} and {@code reporting_events_duplicate_total}), and the last batch time.
 */
@ApplicationScoped
public class ConsumerStats {

    private final Counter applied;
    private final Counter duplicates;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicReference<Instant> lastBatch = new AtomicReference<>();

    @Inject
    public ConsumerStats(MeterRegistry registry) {
        applied = Counter.builder("reporting.events.applied").description("New events applied to the projections")
                .register(registry);
        duplicates = Counter.builder("reporting.events.duplicate")
                .description("Events skipped because their ce_id was already applied").register(registry);
    }

    void onBatch(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchApplied batch) {
        batches.incrementAndGet();
        applied.increment(batch.newEvents());
        duplicates.increment(batch.duplicates());
        lastBatch.set(Instant.now());
    }

    public long batches() {
        return batches.get();
    }

    public long eventsApplied() {
        return (long) applied.count();
    }

    public long duplicates() {
        return (long) duplicates.count();
    }

    /** When this instance last committed a batch, or null. */
    public Instant lastBatch() {
        return lastBatch.get();
    }
}
