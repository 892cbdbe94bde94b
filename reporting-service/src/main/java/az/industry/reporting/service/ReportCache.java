package az.industry.reporting.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * Report answers of the latest projection version, in memory. Every transaction that changes the projections adds
 * 1 to {@code projection_status.version} (a consumer batch in {@link ProjectionWriter}, the end of a rebuild), so
 * every snapshot with the same version holds the same projections and gives the same answers. A read takes the
 * version now committed (one primary-key read): if an answer was computed at that version it is the answer;
 * otherwise it computes the answer in one read-only snapshot, together with that snapshot's version, and keeps it
 * if no later version has been seen. A read therefore never answers from before a batch committed before it began,
 * on this instance or any other (the version is in the database), and repeated reads between batches cost one
 * primary-key read. Nothing is kept but answers of the latest version: the database stays the only truth.
 */
@ApplicationScoped
public class ReportCache {

    /** Most answers kept for one version (distinct filters); beyond them answers are computed but not kept. */
    static final int MAX_ANSWERS = 10_000;

    @Inject
    DataSource dataSource;

    /** A computation of an answer on a connection whose transaction is one read-only snapshot. */
    @FunctionalInterface
    public interface Query<T> {
        T read(Connection c) throws SQLException;
    }

    private record Generation(long version, Map<Object, Object> answers) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1, new ConcurrentHashMap<>()));
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * The answer to {@code key} (a value with equals/hashCode naming the report and every filter, normalised) as of
     * the latest committed version; {@code query} computes it when it is not known at that version.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Object key, Query<T> query) {
        try (Connection c = dataSource.getConnection()) {
            Generation known = current.get();
            if (known.version() == version(c)) {
                Object answer = known.answers().get(key);
                if (answer != null) {
                    hits.incrementAndGet();
                    return (T) answer;
                }
            }
            misses.incrementAndGet();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                long version = version(c); // the snapshot's: every statement below sees the same
                T answer = query.read(c);
                c.commit();
                keep(version, key, answer);
                return answer;
            } finally {
                c.rollback(); // nothing left open when the connection goes back to the pool
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many reads were answered from memory, and how many computed (for tests and measurements). */
    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    private void keep(long version, Object key, Object answer) {
        while (true) {
            Generation known = current.get();
            if (version < known.version()) {
                return; // computed before a later batch: not worth keeping
            }
            if (version == known.version()) {
                if (known.answers().size() < MAX_ANSWERS) {
                    known.answers().putIfAbsent(key, answer);
                }
                return;
            }
            Generation next = new Generation(version, new ConcurrentHashMap<>());
            next.answers().put(key, answer);
            if (current.compareAndSet(known, next)) {
                return;
            }
        }
    }

    /** The committed projection version, as the connection's current snapshot sees it. */
    static long version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM projection_status WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
