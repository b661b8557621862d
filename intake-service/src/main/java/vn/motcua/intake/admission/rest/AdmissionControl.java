package vn.motcua.intake.admission.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.intake.admission.config.AdmissionSettings;

/**
 * Bounded admission for the API, before a request's token is checked or its body read: at most
 * intake.admission.max-concurrent requests under /api are served at once, at most max-queued wait for a place,
 * each at most max-wait; any other is answered at once with 503, Retry-After and a problem+json body. So
 * refusing costs next to nothing, what is admitted keeps its latency, and /q (health, metrics), never
 * counted, answers at full load.
 */
@ApplicationScoped
public class AdmissionControl {
    /** A request waiting for a place; whichever comes first, a place or its time-out, takes it. */
    private record Waiting(RoutingContext ctx, Context context, AtomicBoolean taken) {}

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger queued = new AtomicInteger();
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AdmissionSettings settings;
    private final String retryAfter;
    private final Buffer body;
    private final Counter refused;

    public AdmissionControl(AdmissionSettings settings, MeterRegistry registry) {
        this.settings = settings;
        long seconds = Math.max(1, settings.retryAfter().toSeconds());
        this.retryAfter = Long.toString(seconds);
        this.body = Buffer.buffer(("{\"type\":\"about:blank\",\"title\":\"Hệ thống đang quá tải\",\"status\":503,"
                        + "\"detail\":\"Hệ thống đang quá tải, vui lòng thử lại sau " + seconds
                        + " giây.\",\"errors\":[]}")
                .getBytes(StandardCharsets.UTF_8));
        this.refused = Counter.builder("intake_admission_refused_total")
                .description("API requests answered 503: no place to serve them and none to wait for one in time")
                .register(registry);
        Gauge.builder("intake_admission_in_flight", inFlight, AtomicInteger::get)
                .description("API requests being served now")
                .register(registry);
        Gauge.builder("intake_admission_queued", queued, AtomicInteger::get)
                .description("API requests waiting for a place")
                .register(registry);
    }

    // Before authentication and body handling (Quarkus installs those at higher orders).
    void install(@Observes @Priority(1) Router router) {
        router.route("/api/*").order(-10_000).handler(this::admit);
    }

    void admit(RoutingContext ctx) {
        if (tryEnter()) {
            serve(ctx);
            return;
        }
        if (queued.incrementAndGet() > settings.maxQueued()) {
            queued.decrementAndGet();
            refuse(ctx);
            return;
        }
        Waiting w = new Waiting(ctx, Vertx.currentContext(), new AtomicBoolean());
        queue.add(w);
        w.context().owner().setTimer(settings.maxWait().toMillis(), id -> {
            if (w.taken().compareAndSet(false, true)) {
                queue.remove(w);
                queued.decrementAndGet();
                refuse(ctx);
            }
        });
        handOver(); // a place may have freed up meanwhile
    }

    private boolean tryEnter() {
        int now;
        do {
            now = inFlight.get();
            if (now >= settings.maxConcurrent()) {
                return false;
            }
        } while (!inFlight.compareAndSet(now, now + 1));
        return true;
    }

    private void serve(RoutingContext ctx) {
        ctx.addEndHandler(done -> {
            inFlight.decrementAndGet();
            handOver();
        });
        ctx.next();
    }

    /** Gives free places to the longest-waiting requests, each on its own event loop. */
    private void handOver() {
        Waiting w;
        while ((w = queue.peek()) != null && tryEnter()) {
            if (queue.remove(w) && w.taken().compareAndSet(false, true)) {
                queued.decrementAndGet();
                Waiting admitted = w;
                admitted.context().runOnContext(v -> serve(admitted.ctx()));
            } else {
                inFlight.decrementAndGet(); // another thread took this one: give the place back
            }
        }
    }

    private void refuse(RoutingContext ctx) {
        refused.increment();
        ctx.response()
                .setStatusCode(503)
                .putHeader("Retry-After", retryAfter)
                .putHeader("Content-Type", "application/problem+json")
                .end(body);
    }
}
