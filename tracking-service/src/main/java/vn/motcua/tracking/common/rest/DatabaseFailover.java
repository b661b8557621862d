package vn.motcua.tracking.common.rest;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.tracking.common.persistence.TransientFailure;

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
        if (TransientFailure.in(e)) {
            Log.warnf("database unavailable for a moment, answered 503: %s", e.getMessage());
            return Response.fromResponse(Problem.response(new Problem(
                            "about:blank",
                            TransientFailure.connectionLost(e)
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
}
