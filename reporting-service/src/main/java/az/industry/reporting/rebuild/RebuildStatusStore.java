package az.industry.reporting.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * Reads and writes the {@code rebuild_status} row, and tells a running rebuild from an interrupted one by
 * whether any session holds the rebuild's advisory lock.
 */
@ApplicationScoped
public class RebuildStatusStore {

    /** The PostgreSQL advisory lock a running rebuild holds for its whole run (any instance). */
    public static final long LOCK_KEY = 0x5245425549L; // "REBUI"

    @Inject
    DataSource dataSource;

    /** The status; a RUNNING row without the lock held reads as FAILED (its instance stopped). */
    public RebuildStatus read() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status, started_at, finished_at, events_replayed, "
                        + "poison_skipped, error, (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
                        + "AND ((classid::bigint << 32) | objid::bigint) = ?) FROM rebuild_status WHERE id = 1");) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String status = rs.getString(1);
                String error = rs.getString(6);
                if (RebuildStatus.RUNNING.equals(status) && rs.getLong(7) == 0) {
                    status = RebuildStatus.FAILED;
                    error = "interrupted: the instance running it stopped; the live projections were not changed";
                }
                return new RebuildStatus(status, instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        rs.getLong(4), rs.getLong(5), error);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tries to take the rebuild lock on {@code c} (a session of its own); false if a rebuild runs anywhere. */
    static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, LOCK_KEY);
            ps.execute();
        }
    }

    /** Marks a new rebuild as running. */
    static void started(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rebuild_status SET status = ?, started_at = now(), "
                + "finished_at = NULL, events_replayed = 0, poison_skipped = 0, error = NULL WHERE id = 1")) {
            ps.setString(1, RebuildStatus.RUNNING);
            ps.executeUpdate();
        }
    }

    /** Records progress, on {@code c} (in the caller's transaction, if any). */
    static void progress(Connection c, long replayed, long skipped) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE rebuild_status SET events_replayed = ?, poison_skipped = ? WHERE id = 1")) {
            ps.setLong(1, replayed);
            ps.setLong(2, skipped);
            ps.executeUpdate();
        }
    }

    /** Marks the rebuild finished, on {@code c} (in the caller's transaction, if any). */
    static void finished(Connection c, String status, long replayed, long skipped, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rebuild_status SET status = ?, finished_at = now(), "
                + "events_replayed = ?, poison_skipped = ?, error = ? WHERE id = 1")) {
            ps.setString(1, status);
            ps.setLong(2, replayed);
            ps.setLong(3, skipped);
            ps.setString(4, error == null ? null : error.substring(0, Math.min(error.length(), 2000)));
            ps.executeUpdate();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
