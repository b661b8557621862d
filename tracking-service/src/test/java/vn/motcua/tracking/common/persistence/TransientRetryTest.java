package vn.motcua.tracking.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class TransientRetryTest {
    final List<Duration> pauses = new ArrayList<>();
    final AtomicInteger flushes = new AtomicInteger();
    final TransientRetry retry = new TransientRetry(TransientRetry.ATTEMPTS, pauses::add, flushes::incrementAndGet);

    /** As a commit refused on Galera arrives: the transaction manager's exception around the driver's. */
    static RuntimeException deadlockAtCommit() {
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
        return new QuarkusTransactionException(rollback);
    }

    static RuntimeException failing(int times, RuntimeException e, AtomicInteger calls) {
        return calls.incrementAndGet() <= times ? e : null;
    }

    void run(AtomicInteger calls, int failures, RuntimeException e) {
        retry.run("a poll", () -> {
            RuntimeException next = failing(failures, e, calls);
            if (next != null) {
                throw next;
            }
        });
    }

    @Test
    void aDeadlockIsTriedAgainAfterAShortPauseWithFreshConnections() {
        AtomicInteger calls = new AtomicInteger();
        run(calls, 2, deadlockAtCommit());
        assertEquals(3, calls.get());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), pauses);
        assertEquals(2, flushes.get());
    }

    @Test
    void aLostConnectionAndALockWaitGivenUpAreTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        run(calls, 1, new JDBCConnectionException("Socket error", new SQLNonTransientConnectionException("", "08000")));
        AtomicInteger waited = new AtomicInteger();
        run(waited, 1, new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertEquals(2, calls.get());
        assertEquals(2, waited.get());
    }

    @Test
    void anyOtherFailurePropagatesAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        var duplicate = new RuntimeException(new SQLException("Duplicate entry", "23000", 1062));
        assertSame(duplicate, assertThrows(RuntimeException.class, () -> run(calls, 1, duplicate)));
        AtomicInteger buggy = new AtomicInteger();
        var bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> run(buggy, 1, bug)));
        assertEquals(1, calls.get());
        assertEquals(1, buggy.get());
        assertEquals(List.of(), pauses);
    }

    @Test
    void aFailureThatLastsPropagatesAfterTheLastAttemptWithPausesCappedAtFiveSeconds() {
        AtomicInteger calls = new AtomicInteger();
        var deadlock = deadlockAtCommit();
        assertSame(deadlock, assertThrows(RuntimeException.class, () -> run(calls, 100, deadlock)));
        assertEquals(TransientRetry.ATTEMPTS, calls.get());
        assertEquals(
                List.of(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L),
                pauses.stream().map(Duration::toMillis).toList());
    }
}
