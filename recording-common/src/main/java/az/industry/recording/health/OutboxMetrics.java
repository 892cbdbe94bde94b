package az.industry.recording.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import az.industry.recording.outbox.OutboxRelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** Micrometer gauges of the outbox: {@code outbox_backlog_size}, {@code outbox_backlog_age_seconds}, {@code outbox_published_total}, {@code outbox_publish_failures}. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxRelay relay;

    void register(@Observes StartupEvent event) {
        Gauge.builder("outbox.backlog.size", relay, r -> r.backlog().size())
                .description("Events waiting in the outbox").register(registry);
        Gauge.builder("outbox.backlog.age.seconds", relay, r -> r.backlog().oldestAgeSeconds())
                .description("Age of the oldest event waiting in the outbox").register(registry);
        Gauge.builder("outbox.published", relay, OutboxRelay::publishedCount)
                .description("Events published since start").register(registry);
        Gauge.builder("outbox.publish.failures", relay, OutboxRelay::failureCount)
                .description("Relay batches that failed and were retried since start").register(registry);
    }
}
