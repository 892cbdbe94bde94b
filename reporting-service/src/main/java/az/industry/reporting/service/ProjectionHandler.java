package az.industry.reporting.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import az.industry.reporting.live.BatchNotifications;
import az.industry.reporting.model.IncomingEvent;

/**
 * Applies a batch of events exactly once in effect, in one transaction: records each {@code ce_id} in the
 * message log (skipping those already there), tracks every record's recorded/voided state (so a void may
 * arrive before its record, and duplicates count once), and adds the net changes to the totals.
 */
@ApplicationScoped
public class ProjectionHandler {

    @Inject
    DataSource dataSource;

    @Inject
    Event<BatchApplied> applied;

    @Inject
    BatchNotifications notifications;

    /**
     * Fired for every non-empty batch (observers may wait for the commit): how many events were new, how many
     * were duplicates of events already applied, and which zones' totals changed.
     */
    public record BatchApplied(int newEvents, int duplicates, List<String> zones) {
    }

    @Transactional
    public BatchApplied apply(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return new BatchApplied(0, 0, List.of());
        }
        try (Connection c = dataSource.getConnection()) {
            BatchApplied result = ProjectionWriter.LIVE.apply(c, events);
            if (result.newEvents() > 0) {
                notifications.announce(c, result.zones());
            }
            applied.fire(result);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply batch: " + e.getMessage(), e);
        }
    }
}
