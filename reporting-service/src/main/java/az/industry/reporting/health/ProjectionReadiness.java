package az.industry.reporting.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import az.industry.reporting.rebuild.RebuildStatusStore;
import io.quarkus.runtime.StartupEvent;

/**
 * Readiness of the projections: up while their status can be read, with the events applied and the last batch
 * (all instances, from the database), the records still awaiting a rebuild for the companies, products and
 * records reports, this instance's consumer figures and the rebuild status.
 */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProjectionReadiness.class);

    @Inject
    DataSource dataSource;

    @Inject
    ConsumerStats stats;

    @Inject
    RebuildStatusStore rebuilds;

    /** Says in the log when rows projected before V3 lack what the companies, products and records reports need. */
    void onStart(@Observes StartupEvent start) {
        try (Connection c = dataSource.getConnection()) {
            long waiting = awaitingRebuild(c);
            if (waiting > 0) {
                LOG.warnf("%d records were projected before the companies, products and records reports existed: those "
                        + "reports leave them out until POST /api/admin/rebuild (./platform rebuild) has run", waiting);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("cannot count the records awaiting a rebuild: %s", e.getMessage());
        }
    }

    /** Rows of {@code record_state} without company, product and recording time (projected before V3). */
    static long awaitingRebuild(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM record_state WHERE company_key IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

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
                    .withData("lastBatchAt", last == null ? "never" : last.toInstant().toString())
                    .withData("recordsAwaitingRebuild", awaitingRebuild(c));
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
