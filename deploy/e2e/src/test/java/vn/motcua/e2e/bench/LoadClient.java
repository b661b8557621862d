package vn.motcua.e2e.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * The generator's HTTP client: one Vert.x event loop and a pool of kept-alive connections. It shares two cores
 * with everything it measures, so what it costs per request is taken from the platform: the JDK's HttpClient took
 * 0.6–1 ms of CPU a request, half the machine or more at 1,500/s, with a thread woken for every request; this one
 * sends from its event loop's timers (each step prints the generator's CPU, so a reader can check). It lives as
 * long as the bench's JVM.
 */
final class LoadClient {
    /** An answer: its status and body. */
    record Answer(int status, String body) {}

    private static final long TIMEOUT_MILLIS = 30_000;

    private final Vertx vertx;
    private final HttpClient client;
    private final StallMeter stalls;

    LoadClient() {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                // More than admission lets in and queues (48 + 100); beyond the pool requests wait in the client,
                // and that wait counts in their latency (measured from when each was due).
                new PoolOptions().setHttp1MaxSize(400).setMaxWaitQueueSize(-1));
        stalls = new StallMeter(vertx);
    }

    /** How late the cores and the generator itself ran, to read beside a burst of slow requests. */
    StallMeter stalls() {
        return stalls;
    }

    /**
     * Calls {@code send} with 0 … total-1, each at start + i × period (nanoTime), on the client's event loop: one
     * timer per millisecond at most instead of a thread waking up for every request. A request sent up to a
     * millisecond late is measured from when it was due.
     */
    void pace(int total, long start, long period, IntConsumer send) {
        vertx.runOnContext(v -> sendDue(0, total, start, period, send));
    }

    private void sendDue(int next, int total, long start, long period, IntConsumer send) {
        long now = System.nanoTime();
        int i = next;
        while (i < total && start + i * period <= now) {
            send.accept(i++);
        }
        if (i < total) {
            int from = i;
            long delay = Math.max(1, (start + i * period - now + 999_999) / 1_000_000);
            vertx.setTimer(delay, id -> sendDue(from, total, start, period, send));
        }
    }

    /** Posts JSON with a bearer token; completes exceptionally on no answer within 30 s or a failed connection. */
    CompletableFuture<Answer> post(String url, String token, String json) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setIdleTimeout(TIMEOUT_MILLIS)
                .putHeader("Authorization", "Bearer " + token)
                .putHeader("Content-Type", "application/json");
        return client.request(options)
                .compose(request -> request.send(json))
                .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())))
                .toCompletionStage()
                .toCompletableFuture();
    }
}
