package az.industry.common.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a database that cannot take the write now (down, restarting, out of disk or connections) from a
 * fault in the request or the code, by the SQLSTATE anywhere in an exception's causes.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE classes: 08 connection exception, 53 insufficient resources (53100 disk full), 57 operator intervention. */
    private static final Set<String> CLASSES = Set.of("08", "53", "57");

    private DatabaseUnavailable() {
    }

    /** True when {@code error} or one of its causes says the database is unavailable rather than the request wrong. */
    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.length() == 5 && CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
                if (state == null && String.valueOf(sql.getMessage()).startsWith("Acquisition timeout")) {
                    return true; // Agroal: no connection could be had in time
                }
            }
        }
        return false;
    }

    /** The answer for such an error: 503, safe to retry with the same Idempotency-Key. */
    public static Problem problem(Throwable error) {
        boolean diskFull = describes(error, "53100");
        return Problem.of(503, "database-unavailable", "Service Unavailable", diskFull
                ? "The database is out of disk space; nothing was stored. Retry later with the same Idempotency-Key."
                : "The database is unavailable; nothing was stored. Retry in a few seconds with the same Idempotency-Key.");
    }

    private static boolean describes(Throwable error, String state) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
