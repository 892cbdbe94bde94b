package az.industry.common.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

import az.industry.common.problem.Problem;

/**
 * Tells a database that cannot take the write now (down, restarting, out of disk or connections) from a
 * fault in the request or the code, by the SQLSTATE anywhere in an exception's causes, suppressed exceptions
 * (where the transaction manager puts a failed commit's) and chained SQL exceptions.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE classes: 08 connection exception, 53 insufficient resources (53100 disk full), 57 operator intervention. */
    private static final Set<String> CLASSES = Set.of("08", "53", "57");

    private DatabaseUnavailable() {
    }

    /** True when {@code error} or one it carries says the database is unavailable rather than the request wrong. */
    public static boolean causes(Throwable error) {
        return any(error, t -> t instanceof ConnectException
                || t instanceof SQLException sql && unavailable(sql));
    }

    /** The answer for such an error: 503, safe to retry with the same Idempotency-Key. */
    public static Problem problem(Throwable error) {
        boolean diskFull = any(error, t -> t instanceof SQLException sql && "53100".equals(sql.getSQLState()));
        return Problem.of(503, "database-unavailable", "Service Unavailable", diskFull
                ? "The database is out of disk space; nothing was stored. Retry later with the same Idempotency-Key."
                : "The database is unavailable; the write was not confirmed. Retry in a few seconds with the same"
                        + " Idempotency-Key: it is stored once whatever became of this attempt.");
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.length() == 5 && CLASSES.contains(state.substring(0, 2));
        }
        return String.valueOf(sql.getMessage()).startsWith("Acquisition timeout"); // Agroal: no connection in time
    }

    /** True when {@code test} holds for {@code error} or any throwable reachable from it, each visited once. */
    private static boolean any(Throwable error, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (error != null) {
            next.add(error);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            Collections.addAll(next, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
        }
        return false;
    }
}
