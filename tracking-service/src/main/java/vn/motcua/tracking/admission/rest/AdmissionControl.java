package vn.motcua.tracking.admission.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.motcua.tracking.admission.config.AdmissionSettings;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded admission for the API: at most tracking.admission.max-concurrent requests under /api are served at
 * once, and the next one is refused at once with 503, Retry-After and a problem+json body, before its token
 * is checked or its body read, so refusing costs next to nothing and what is admitted keeps its latency.
 * Nothing queues behind the limit, and /q (health, metrics) is never counted: the management interface
 * serves it on its own port.
 */
@ApplicationScoped
public class AdmissionControl {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int limit;
    private final String retryAfter;
    private final Buffer body;
    private final Counter refused;

    public AdmissionControl(AdmissionSettings settings, MeterRegistry registry) {
        this.limit = settings.maxConcurrent();
        long seconds = Math.max(1, settings.retryAfter().toSeconds());
        this.retryAfter = Long.toString(seconds);
        this.body = Buffer.buffer(("{\"type\":\"about:blank\",\"title\":\"Hệ thống đang quá tải\",\"status\":503,"
                + "\"detail\":\"Hệ thống đang quá tải, vui lòng thử lại sau " + seconds + " giây.\",\"errors\":[]}")
                .getBytes(StandardCharsets.UTF_8));
        this.refused = Counter.builder("tracking_admission_refused_total")
                .description("API requests refused with 503 because the limit of requests served at once was reached")
                .register(registry);
        Gauge.builder("tracking_admission_in_flight", inFlight, AtomicInteger::get)
                .description("API requests being served now").register(registry);
    }

    // Before authentication and body handling (Quarkus installs those at higher orders).
    void install(@Observes @Priority(1) Router router) {
        router.route("/api/*").order(-10_000).handler(this::admit);
    }

    void admit(RoutingContext ctx) {
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            refused.increment();
            ctx.response().setStatusCode(503).putHeader("Retry-After", retryAfter)
                    .putHeader("Content-Type", "application/problem+json").end(body);
            return;
        }
        ctx.addEndHandler(done -> inFlight.decrementAndGet());
        ctx.next();
    }
}
