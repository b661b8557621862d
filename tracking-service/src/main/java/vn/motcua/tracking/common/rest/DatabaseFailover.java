package vn.motcua.tracking.common.rest;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.function.Predicate;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A database node lost in the middle of a request (a Galera node killed: its connections and their transactions go
 * with it), or a write that lost a certification conflict to another node, stored nothing, and the same request
 * succeeds a moment later on the node that takes over. So the client gets 503 with Retry-After as problem+json,
 * never a 500; a submission retried with its Idempotency-Key cannot be stored twice. Any other database failure is
 * a 500, logged with its error, the body problem+json like every other error.
 */
public class DatabaseFailover {
    static final long RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response database(PersistenceException e) {
        return answer(e);
    }

    /** A commit refused by the database arrives through the transaction manager. */
    @ServerExceptionMapper
    public Response commit(QuarkusTransactionException e) {
        return answer(e);
    }

    /**
     * The same refusal at the end of a {@code @Transactional} method: its RollbackException is a checked exception,
     * so Arc wraps it (seen in the cluster fault test: a deadlock reported at commit on Galera).
     */
    @ServerExceptionMapper
    public Response undeclared(ArcUndeclaredThrowableException e) {
        return answer(e);
    }

    static Response answer(RuntimeException e) {
        if (isTransient(e)) {
            Log.warnf("database unavailable for a moment, answered 503: %s", e.getMessage());
            return Response.fromResponse(Problem.response(new Problem(
                            "about:blank",
                            connectionLost(e)
                                    ? "Hệ thống đang chuyển sang máy chủ dự phòng"
                                    // A deadlock, a lock wait given up, a conflict at commit: no server changed.
                                    : "Hệ thống đang bận, yêu cầu chưa được lưu",
                            503,
                            "Yêu cầu chưa được lưu; vui lòng thử lại sau " + RETRY_AFTER_SECONDS + " giây.",
                            List.of(),
                            null)))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        Log.error("request failed", e);
        return Problem.response(new Problem(
                "about:blank", "Lỗi hệ thống", 500, "Đã có lỗi ngoài dự kiến; vui lòng thử lại sau.", List.of(), null));
    }

    /** The connection to the database node went away (SQLState 08…): the cluster is moving to another node. */
    static boolean connectionLost(Throwable e) {
        return anyCause(
                e, t -> t instanceof JDBCConnectionException || t instanceof SQLRecoverableException || state(t, "08"));
    }

    /**
     * Lost connections, rollbacks the database asks to retry (40…), lock waits that gave up, and a commit the
     * transaction manager had to roll back (its connection lost at commit): nothing was stored.
     */
    static boolean isTransient(Throwable e) {
        return connectionLost(e)
                || anyCause(
                        e,
                        t -> t instanceof LockAcquisitionException
                                || t instanceof PessimisticLockException
                                || t instanceof LockTimeoutException
                                || t instanceof SQLTransientException
                                || t instanceof RollbackException
                                || state(t, "40"));
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
