package az.industry.reporting.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import az.industry.reporting.rebuild.RebuildStatusStore;

/**
 * Readiness of the projections: up while their status can be read, with the events applied and the last batch
 * (all instances, from the database), this instance's consumer figures and the rebuild status.
 */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

    @Inject
    DataSource dataSource;

    @Inject
    ConsumerStats stats;

    @Inject
    RebuildStatusStore rebuilds;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("projections");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT events_applied, last_applied_at FROM projection_status WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp last = rs.getTimestamp(2);
            response.withData("eventsApplied", rs.getLong(1))
                    .withData("lastBatchAt", last == null ? "never" : last.toInstant().toString());
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
        response.withData("instanceBatches", stats.batches())
                .withData("instanceEventsApplied", stats.eventsApplied())
                .withData("instanceDuplicatesSkipped", stats.duplicates())
                .withData("instanceLastBatchAt", stats.lastBatch() == null ? "never" : stats.lastBatch().toString())
                .withData("rebuild", rebuilds.read().status());
        return response.up().build();
    }
}
