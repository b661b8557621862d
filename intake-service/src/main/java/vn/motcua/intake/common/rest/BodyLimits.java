package vn.motcua.intake.common.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-endpoint body limits: the server-wide limit (quarkus.http.limits.max-body-size) is what the bulk endpoints
 * need; every other API request is JSON of a few kilobytes, so it is refused with 413 above a small limit before
 * its body is read. A body without a declared length is refused (411) for the same reason. This file is
 * identical in the three services; each lists its own bulk paths.
 */
@Singleton
public class BodyLimits {
    private final long jsonBytes;
    private final List<String> bulkPaths;

    public BodyLimits(
            @ConfigProperty(name = "motcua.body-limits.json-bytes") long jsonBytes,
            @ConfigProperty(name = "motcua.body-limits.bulk-paths") Optional<List<String>> bulkPaths) {
        this.jsonBytes = jsonBytes;
        this.bulkPaths = bulkPaths.orElse(List.of());
    }

    // After admission control (order -10 000), before authentication and body handling.
    void install(@Observes @Priority(2) Router router) {
        router.route("/api/*").order(-9_000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (bulkPaths.stream().anyMatch(path::startsWith)) {
            ctx.next();
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        boolean chunked = "chunked".equalsIgnoreCase(ctx.request().getHeader("Transfer-Encoding"));
        if (length == null && chunked) {
            refuse(ctx, 411, "Length Required", "Yêu cầu cần khai báo độ dài nội dung (Content-Length).");
        } else if (length != null && !withinLimit(length)) {
            refuse(ctx, 413, "Content Too Large", "Nội dung yêu cầu vượt quá " + jsonBytes / 1024 + " KB.");
        } else {
            ctx.next();
        }
    }

    private boolean withinLimit(String length) {
        try {
            return Long.parseLong(length.strip()) <= jsonBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        // The body is not read: close the connection rather than leave it for the next request.
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\",\"errors\":[]}");
    }
}
