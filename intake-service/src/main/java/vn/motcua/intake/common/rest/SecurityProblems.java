package vn.motcua.intake.common.rest;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json like every other error. A malformed or expired token is refused by proactive
 * authentication before any resource runs (the router's failure handler answers it); a missing token or a
 * missing role is refused by the resource layer (the exception mappers). This file is identical in the three
 * services.
 */
@Singleton
public class SecurityProblems {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String UNAUTHORIZED = "Cần đăng nhập: thiếu mã truy cập, hoặc mã không hợp lệ hay đã hết hạn.";
    static final String FORBIDDEN = "Tài khoản của bạn không có quyền thực hiện thao tác này.";

    void answerFailedAuthentication(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void failure(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
        } else if (failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            context.response()
                    .setStatusCode(401)
                    .putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                    .end(body(401, "Unauthorized", UNAUTHORIZED));
        } else if (failure instanceof ForbiddenException) {
            context.response()
                    .setStatusCode(403)
                    .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                    .end(body(403, "Forbidden", FORBIDDEN));
        } else {
            context.next();
        }
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403)
                .type(MEDIA_TYPE)
                .entity(body(403, "Forbidden", FORBIDDEN))
                .build();
    }

    private static Response unauthorized() {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MEDIA_TYPE)
                .entity(body(401, "Unauthorized", UNAUTHORIZED))
                .build();
    }

    /** Fixed texts only, so a hand-built body cannot carry anything the caller sent. */
    static String body(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"errors\":[]}";
    }
}
