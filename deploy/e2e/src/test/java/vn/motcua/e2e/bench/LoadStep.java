package vn.motcua.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of an open-model load: requests leave at a constant arrival rate whatever the answers, and each
 * latency is measured from the moment its request was due (so queueing in the client counts too).
 */
final class LoadStep {
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    /** What one request is: its body and the bearer token to send it with. */
    record Submission(String token, String body) {}

    /**
     * {@code statuses} counts answers by HTTP status; {@code failures} counts requests with no answer at all
     * (time-out, refused connection).
     */
    record Result(
            int rate,
            int sent,
            int ok,
            int errors,
            double seconds,
            long[] latenciesNanos,
            Map<String, Long> codesAt,
            Map<Integer, Integer> statuses,
            int failures,
            String cpu) {
        double throughput() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, i)] / 1e6;
        }

        String line() {
            return String.format(
                    "%6d/s  sent %6d  ok %6d  errors %4d  sustained %7.1f/s  "
                            + "p50 %7.1f ms  p99 %7.1f ms  p99.9 %7.1f ms%s",
                    rate,
                    sent,
                    ok,
                    errors,
                    throughput(),
                    percentileMillis(50),
                    percentileMillis(99),
                    percentileMillis(99.9),
                    cpu);
        }
    }

    private LoadStep() {}

    static Result run(HttpClient http, String url, int rate, Duration length, IntFunction<Submission> submissions)
            throws InterruptedException {
        int total = (int) (rate * length.toMillis() / 1000);
        long period = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        Arrays.fill(latencies, Long.MAX_VALUE);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Long> codesAt = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + 5_000_000;
        CpuMeter cpuBefore = CpuMeter.now();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Submission s = submissions.apply(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + s.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(s.body()))
                    .build();
            int index = i;
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latencies[index] = now - due;
                if (failure != null) {
                    failures.incrementAndGet();
                } else {
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                }
                if (failure == null && response.statusCode() == 201) {
                    ok.incrementAndGet();
                    Matcher m = CODE.matcher(response.body());
                    if (m.find()) {
                        codesAt.put(m.group(1), System.currentTimeMillis());
                    }
                } else {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        boolean finished = done.await(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        String cpu = CpuMeter.now().since(cpuBefore, total);
        List<Long> measured = new ArrayList<>();
        for (long l : latencies) {
            if (l != Long.MAX_VALUE) {
                measured.add(l);
            }
        }
        long[] sorted = measured.stream().mapToLong(Long::longValue).sorted().toArray();
        int unanswered = finished ? 0 : total - sorted.length;
        return new Result(
                rate,
                total,
                ok.get(),
                errors.get() + unanswered,
                seconds,
                sorted,
                codesAt,
                statuses,
                failures.get() + unanswered,
                cpu);
    }
}
