package vn.motcua.notification.admission.rest;

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
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.notification.admission.config.AdmissionSettings;
import vn.motcua.notification.admission.domain.Places;

/**
 * Bounded admission for the API, before a request's token is checked or its body read: at most
 * notification.admission.max-concurrent requests under /api are served at once, at most max-queued wait for a place,
 * each at most max-wait; any other is answered at once with 503, Retry-After and a problem+json body. So
 * refusing costs next to nothing, what is admitted keeps its latency, and /q (health, metrics), never
 * counted, answers at full load.
 *
 * <p>A stopping service closes it ({@link ApiShutdown}): from then on every request is answered 503 at once.
 */
@ApplicationScoped
public class AdmissionControl {
    /** A request waiting for a place; whichever comes first, a place or its time-out, takes it. */
    private record Waiting(RoutingContext ctx, Context context, AtomicBoolean taken) {}

    private final Places places;
    private final AtomicInteger queued = new AtomicInteger();
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AdmissionSettings settings;
    private final String retryAfter;
    private final Buffer overloaded;
    private final Buffer stopping;
    private final Counter refused;

    public AdmissionControl(AdmissionSettings settings, MeterRegistry registry) {
        this.settings = settings;
        this.places = new Places(settings.maxConcurrent());
        long seconds = Math.max(1, settings.retryAfter().toSeconds());
        this.retryAfter = Long.toString(seconds);
        this.overloaded =
                problem("Hệ thống đang quá tải", "Hệ thống đang quá tải, vui lòng thử lại sau " + seconds + " giây.");
        this.stopping = problem(
                "Máy chủ đang dừng", "Máy chủ này đang dừng để cập nhật, vui lòng thử lại sau " + seconds + " giây.");
        this.refused = Counter.builder("notification_admission_refused_total")
                .description("API requests answered 503: no place to serve them in time, or the service stopping")
                .register(registry);
        Gauge.builder("notification_admission_in_flight", places, Places::inUse)
                .description("API requests being served now")
                .register(registry);
        Gauge.builder("notification_admission_queued", queued, AtomicInteger::get)
                .description("API requests waiting for a place")
                .register(registry);
    }

    // Before authentication and body handling (Quarkus installs those at higher orders).
    void install(@Observes @Priority(1) Router router) {
        router.route("/api/*").order(-10_000).handler(this::admit);
    }

    /** Takes no request from now on: those waiting for a place, and every new one, are answered 503. */
    public void close() {
        places.close();
        refuseQueued();
    }

    /** Once closed: waits at most {@code timeout} for the requests admitted to end; returns how many have not. */
    public int awaitAnswered(Duration timeout) throws InterruptedException {
        return places.awaitIdle(timeout);
    }

    public int inFlight() {
        return places.inUse();
    }

    void admit(RoutingContext ctx) {
        if (places.closed()) {
            refuse(ctx);
            return;
        }
        if (places.take()) {
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

    private void serve(RoutingContext ctx) {
        ctx.addEndHandler(done -> {
            places.give();
            handOver();
        });
        ctx.next();
    }

    /** Gives free places to the longest-waiting requests, each on its own event loop. */
    private void handOver() {
        Waiting w;
        while ((w = queue.peek()) != null && places.take()) {
            if (queue.remove(w) && w.taken().compareAndSet(false, true)) {
                queued.decrementAndGet();
                Waiting admitted = w;
                admitted.context().runOnContext(v -> serve(admitted.ctx()));
            } else {
                places.give(); // another thread took this one: give the place back
            }
        }
        if (places.closed()) {
            refuseQueued(); // one queued as the stop began waits for no place
        }
    }

    private void refuseQueued() {
        for (Waiting w; (w = queue.poll()) != null; ) {
            if (w.taken().compareAndSet(false, true)) {
                queued.decrementAndGet();
                Waiting refusedNow = w;
                refusedNow.context().runOnContext(v -> refuse(refusedNow.ctx()));
            }
        }
    }

    private void refuse(RoutingContext ctx) {
        refused.increment();
        ctx.response()
                .setStatusCode(503)
                .putHeader("Retry-After", retryAfter)
                .putHeader("Content-Type", "application/problem+json")
                .end(places.closed() ? stopping : overloaded);
    }

    private static Buffer problem(String title, String detail) {
        return Buffer.buffer(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503,\"detail\":\""
                        + detail + "\",\"errors\":[]}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
