package az.industry.recording.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import az.industry.recording.outbox.OutboxRelay;

import java.util.Locale;

/** Readiness detail of the outbox: backlog size and age, and the relay's last error. Kafka being down does not make the service unready. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox");
        try {
            OutboxRelay.Backlog backlog = relay.backlog();
            builder.up()
                    .withData("backlog", backlog.size())
                    .withData("oldestAgeSeconds", String.format(Locale.ROOT, "%.3f", backlog.oldestAgeSeconds()))
                    .withData("published", relay.publishedCount());
            if (relay.lastError() != null) {
                builder.withData("lastError", relay.lastError());
            }
        } catch (RuntimeException e) {
            builder.down().withData("error", String.valueOf(e.getMessage()));
        }
        return builder.build();
    }
}
