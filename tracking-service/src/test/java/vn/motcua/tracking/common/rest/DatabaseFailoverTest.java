package vn.motcua.tracking.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** What a client sees when the database fails over: 503 and when to retry, never a 500; other failures stay 500. */
class DatabaseFailoverTest {
    final DatabaseFailover mapper = new DatabaseFailover();

    @Test
    void aConnectionLostWithItsTransactionIs503WithRetryAfter() {
        // As Connector/J reports a Galera node killed mid-transaction (seen in the cluster fault test).
        var lost = new JDBCConnectionException(
                "Driver has reconnect connection after a communications link failure. In progress transaction was lost",
                new SQLNonTransientConnectionException("lost", "25S03"));
        Response r = mapper.database(lost);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", r.getMediaType().toString());
    }

    @Test
    void aCertificationConflictOrADeadlockIs503() {
        var conflict = new LockAcquisitionException(
                "Deadlock found when trying to get lock; try restarting transaction",
                new SQLException("Deadlock found", "40001", 1213));
        Response busy = mapper.database(conflict);
        assertEquals(503, busy.getStatus());
        // No server changed: an officer is not told the system is moving to a backup server.
        assertTrue(
                busy.getEntity().toString().contains("Hệ thống đang bận"),
                busy.getEntity().toString());
        var wrapped = new PersistenceException(new SQLException("WSREP has not yet prepared node", "08S01", 1047));
        Response moving = mapper.database(wrapped);
        assertEquals(503, moving.getStatus());
        assertTrue(
                moving.getEntity().toString().contains("máy chủ dự phòng"),
                moving.getEntity().toString());
    }

    @Test
    void aCommitRolledBackByTheTransactionManagerIs503() {
        // Seen in the cluster fault test: the connection died at commit, Narayana rolled the transaction back.
        var rolledBack = new io.quarkus.narayana.jta.QuarkusTransactionException(
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."));
        assertEquals(503, mapper.commit(rolledBack).getStatus());
    }

    @Test
    void aCommitRefusedAtTheEndOfATransactionalMethodIs503() {
        // Seen in the cluster fault test on tracking's action endpoint: Arc wraps the checked RollbackException.
        var refused = new io.quarkus.arc.ArcUndeclaredThrowableException(
                "Error invoking subclass method",
                new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction."));
        Response r = mapper.undeclared(refused);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        var other = new io.quarkus.arc.ArcUndeclaredThrowableException(new java.io.IOException("disk full"));
        assertEquals(500, mapper.undeclared(other).getStatus());
    }

    @Test
    void anyOtherDatabaseFailureIsA500ProblemAndNotRetried() {
        var duplicate = new ConstraintViolationException(
                "duplicate", new SQLException("Duplicate entry", "23000", 1062), "uk_code");
        Response r = mapper.database(duplicate);
        assertEquals(500, r.getStatus());
        assertTrue(r.getHeaderString("Retry-After") == null);
        assertEquals("application/problem+json", r.getMediaType().toString());
    }
}
