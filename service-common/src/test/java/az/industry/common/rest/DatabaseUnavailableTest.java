package az.industry.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import az.industry.common.problem.Problem;

/** Which database errors are answered 503 (retry) rather than 500. */
class DatabaseUnavailableTest {

    @Test
    void aFullDiskAnywhereInTheCausesIsUnavailableAndSaysSo() {
        RuntimeException error = new IllegalStateException("could not execute batch",
                new SQLException("could not extend file: No space left on device", "53100"));
        assertTrue(DatabaseUnavailable.causes(error));
        Problem problem = DatabaseUnavailable.problem(error);
        assertEquals(503, problem.status());
        assertTrue(problem.detail().contains("out of disk space"), problem.detail());
    }

    @Test
    void connectionLossShutdownAndPoolTimeoutAreUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLException("too many connections", "53300"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailable.problem(new SQLException("x", "08006")).detail().contains("unavailable"));
    }

    @Test
    void aCommitCutOffIsUnavailableThoughTheTransactionManagerKeepsTheCauseAsSuppressed() {
        // as Narayana reports it: RollbackException, the resource's XAException suppressed, the I/O error its cause
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(rollback)));
    }

    @Test
    void aChainedSqlExceptionCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", (String) null);
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(batch)));
    }

    @Test
    void causesThatLoopEndTheWalk() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseUnavailable.causes(b));
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNot() {
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("no state"))));
        assertFalse(DatabaseUnavailable.causes(new NullPointerException()));
        assertFalse(DatabaseUnavailable.causes(null));
    }
}
