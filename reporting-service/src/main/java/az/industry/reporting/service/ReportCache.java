package az.industry.reporting.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * primary-key read. Readers missing the same answer at once compute it once. Nothing is kept but answers of the
 * latest version: the database stays the only truth.
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

    /** An answer being computed for readers that saw committed version {@code version}. */
    private record Flight(long version, Object key) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1, new ConcurrentHashMap<>()));
    private final Map<Flight, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();

    /**
     * The answer to {@code key} (a value with equals/hashCode naming the report and every filter, normalised) as of
     * the latest committed version; {@code query} computes it when it is not known at that version. Readers missing
     * the same answer at the same version compute it once: the others wait for that computation (its snapshot is
     * taken after they saw the version, so it is at least as recent).
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Object key, Query<T> query) {
        Flight flight;
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running;
        try (Connection c = dataSource.getConnection()) {
            long committed = version(c);
            Generation known = current.get();
            if (known.version() == committed) {
                Object answer = known.answers().get(key);
                if (answer != null) {
                    hits.incrementAndGet();
                    return (T) answer;
                }
            }
            misses.incrementAndGet();
            flight = new Flight(committed, key);
            running = inFlight.putIfAbsent(flight, mine);
            if (running == null) {
                try {
                    Generation now = current.get(); // kept by a flight that ended since we looked
                    Object kept = now.version() == committed ? now.answers().get(key) : null;
                    T answer = kept != null ? (T) kept : compute(c, key, query);
                    mine.complete(answer);
                    return answer;
                } catch (RuntimeException | SQLException | Error e) {
                    mine.completeExceptionally(e);
                    throw e;
                } finally {
                    inFlight.remove(flight, mine);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try { // another reader computes it: wait without holding a connection
            return (T) running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Computes the answer in one read-only snapshot and keeps it under that snapshot's version. */
    private <T> T compute(Connection c, Object key, Query<T> query) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            long version = version(c); // the snapshot's: every statement below sees the same
            computed.incrementAndGet();
            T answer = query.read(c);
            c.commit();
            keep(version, key, answer);
            return answer;
        } finally {
            c.rollback(); // nothing left open when the connection goes back to the pool
            c.setAutoCommit(true);
        }
    }

    /** How many reads were answered from memory (for tests and measurements). */
    public long hits() {
        return hits.get();
    }

    /** How many reads were not: computed, or waiting for another reader's computation. */
    public long misses() {
        return misses.get();
    }

    /** How many answers were computed. */
    public long computed() {
        return computed.get();
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
