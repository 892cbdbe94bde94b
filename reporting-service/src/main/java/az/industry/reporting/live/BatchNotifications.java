package az.industry.reporting.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.StartupEvent;

/**
 * Tells the other instances about each committed batch (PostgreSQL {@code NOTIFY} in the batch's transaction,
 * delivered on commit) and listens for theirs, so every instance's live feed also follows the batches the other
 * instances apply. An instance's own batches reach its feed directly (the {@code BatchApplied} observer).
 */
@ApplicationScoped
public class BatchNotifications {

    static final String CHANNEL = "reporting_batches";
    private static final Logger LOG = Logger.getLogger(BatchNotifications.class);

    @Inject
    DataSource dataSource;

    @Inject
    LiveTotals live;

    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running = true;
    private Thread listener;

    /** In the caller's transaction: announces that this instance's batch changed {@code zones}. */
    public void announce(Connection c, List<String> zones) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, instance + " " + String.join(",", zones));
            ps.execute();
        }
    }

    void start(@Observes StartupEvent startup) {
        listener = new Thread(this::listen, "batch-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    for (PGNotification n : received == null ? new PGNotification[0] : received) {
                        received(n.getParameter());
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("UNLISTEN *");
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("listening for other instances' batches: %s; retrying", e.getMessage());
                    LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
                }
            }
        }
    }

    private void received(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(instance)) {
            return; // our own batch: already sent
        }
        String zones = payload.substring(space + 1);
        live.publish(zones.isEmpty() ? List.of() : Arrays.asList(zones.split(",")));
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
