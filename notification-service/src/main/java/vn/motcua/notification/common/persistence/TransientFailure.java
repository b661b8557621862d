package vn.motcua.notification.common.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.function.Predicate;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * A database failure that stored nothing and that the same work gets past a moment later: the connection's node
 * went away (a Galera node killed, the driver fails over), or the database rolled the transaction back and asks
 * for a retry (a deadlock, a certification conflict on Galera, a lock wait given up). However Hibernate, the
 * transaction manager and Arc wrapped it.
 */
public final class TransientFailure {
    /** "Lock wait timeout exceeded; try restarting transaction": SQLState HY000, so told by its code. */
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    private TransientFailure() {}

    /** The connection to the database node went away (SQLState 08…): the cluster is moving to another node. */
    public static boolean connectionLost(Throwable e) {
        return anyCause(
                e, t -> t instanceof JDBCConnectionException || t instanceof SQLRecoverableException || state(t, "08"));
    }

    /**
     * Lost connections, rollbacks the database asks to retry (40…), lock waits that gave up, and a commit the
     * transaction manager had to roll back (its connection lost at commit): nothing was stored.
     */
    public static boolean in(Throwable e) {
        return connectionLost(e)
                || anyCause(
                        e,
                        t -> t instanceof LockAcquisitionException
                                || t instanceof PessimisticLockException
                                || t instanceof LockTimeoutException
                                || t instanceof SQLTransientException
                                || t instanceof RollbackException
                                || state(t, "40")
                                || t instanceof SQLException sql && sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT);
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean state(Throwable t, String prefix) {
        return t instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(prefix);
    }
}
