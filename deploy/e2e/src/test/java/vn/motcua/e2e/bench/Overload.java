package vn.motcua.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Five times the measured capacity, offered for two rounds of 20 s, while readiness is probed every 100 ms on its
 * own connection: goodput against capacity, how the excess was answered, and how long readiness took.
 */
final class Overload {
    private Overload() {}

    static void run(LoadClient http, Workload workload, double capacity) throws Exception {
        // BENCH_OVERLOAD_RATE offers the same rate to two builds whose capacities differ.
        int rate = Integer.parseInt(System.getenv()
                .getOrDefault("BENCH_OVERLOAD_RATE", Long.toString(Math.max(50, Math.round(capacity * 5)))));
        System.out.printf(
                "%n== 4. overload: %d/s offered (capacity %.0f/s), two rounds of 20 s, readiness probed every 100 ms%n",
                rate, capacity);
        // The warm-up ran below capacity, so nothing had compiled the refusal path; the first round shows that cost,
        // the second a lasting overload.
        round("first 20 s", http, workload, rate, capacity);
        IntakeBenchmark.awaitQuiet();
        round("next 20 s", http, workload, rate, capacity);
    }

    private static void round(String label, LoadClient http, Workload workload, int rate, double capacity)
            throws Exception {
        workload.refreshTokens();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Long> readiness = new ArrayList<>();
        List<Integer> readinessStatus = new ArrayList<>();
        Thread probe = new Thread(() -> probe(loading, readiness, readinessStatus), "readiness-probe");
        probe.start();
        LoadStep.Result r = LoadStep.run(
                http, IntakeBenchmark.INTAKE + "/api/dossiers", rate, Duration.ofSeconds(20), workload::submission);
        loading.set(false);
        probe.join();
        System.out.println(label + ":");
        System.out.println(r.line());
        int refused = r.statuses().getOrDefault(503, 0);
        int otherServerErrors = r.statuses().entrySet().stream()
                .filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(Map.Entry::getValue)
                .sum();
        System.out.printf(
                "answers by status: %s; no answer (time-out, connection refused): %d%n", r.statuses(), r.failures());
        System.out.printf(
                "goodput %.1f/s = %.0f %% of capacity; 503 for %.1f %% of requests; other 5xx: %d%n",
                r.throughput(), 100 * r.throughput() / capacity, 100.0 * refused / r.sent(), otherServerErrors);
        long[] sorted = readiness.stream().mapToLong(Long::longValue).sorted().toArray();
        long notUp = readinessStatus.stream().filter(s -> s != 200).count();
        System.out.printf(
                "readiness during overload: %d probes, p50 %.1f ms, p99 %.1f ms, max %.1f ms, not 200: %d%n",
                sorted.length,
                pct(sorted, 50) / 1e6,
                pct(sorted, 99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                notUp);
    }

    /** Readiness on its own connection, as Kubernetes probes it, every 100 ms while loading. */
    private static void probe(AtomicBoolean loading, List<Long> took, List<Integer> statuses) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        // intake's management interface (deploy/stack up: API port + 1000)
        String url = System.getenv().getOrDefault("BENCH_READY_URL", "http://127.0.0.1:9081/q/health/ready");
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .build();
        while (loading.get()) {
            long t0 = System.nanoTime();
            int status;
            try {
                status = client.send(ready, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (Exception e) {
                status = -1;
            }
            took.add(System.nanoTime() - t0);
            statuses.add(status);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
    }
}
