package vn.motcua.e2e.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
            String cpu,
            String slow) {
        double throughput() {
            return ok / seconds;
        }

        /** A step the ladder does not climb past: an error, or a p99 over a second. */
        boolean endsLadder() {
            return errors > 0 || percentileMillis(99) > 1000;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p / 100 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, i)] / 1e6;
        }

        /** The step's figures; with errors, what they were (answers by status, and requests with none). */
        String line() {
            String what = errors == 0 ? "" : String.format("%n        answers %s, no answer %d", statuses, failures);
            return String.format(
                    "%6d/s  sent %6d  ok %6d  errors %4d  sustained %7.1f/s  "
                            + "p50 %7.1f ms  p99 %7.1f ms  p99.9 %7.1f ms%s%s%s",
                    rate,
                    sent,
                    ok,
                    errors,
                    throughput(),
                    percentileMillis(50),
                    percentileMillis(99),
                    percentileMillis(99.9),
                    cpu,
                    slow,
                    what);
        }
    }

    private static final long SLOW_NANOS = 100_000_000L;

    private LoadStep() {}

    static Result run(LoadClient http, String url, int rate, Duration length, IntFunction<Submission> submissions)
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
        long startedAt = System.currentTimeMillis() + 5;
        CpuMeter cpuBefore = CpuMeter.now();
        http.pace(total, start, period, i -> {
            long due = start + i * period;
            Submission s = submissions.apply(i);
            http.post(url, s.token(), s.body()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latencies[i] = now - due;
                if (failure != null) {
                    failures.incrementAndGet();
                } else {
                    statuses.merge(response.status(), 1, Integer::sum);
                }
                if (failure == null && response.status() == 201) {
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
        });
        // Sending is paced on the client's event loop: the step lasts its length, and then every answer has a minute.
        boolean finished = done.await(length.toMillis() + 60_000, TimeUnit.MILLISECONDS);
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
                cpu,
                slowSeconds(latencies, period, startedAt, http.stalls()));
    }

    /**
     * When the requests over 100 ms were due, by second of the step: a tail made in a few seconds is a stall
     * (a pause, a flush, a job), one spread over the step is queueing. A second in which a core of the machine was
     * paused by its host, or the generator's event loop ran late, by 20 ms or more says so: "9s:52 (paused 98 ms)",
     * "7s:48 (generator 115 ms)"; then how often the host paused a core in the whole step.
     */
    private static String slowSeconds(long[] latencies, long period, long startedAt, StallMeter stalls) {
        Map<Integer, Integer> bySecond = new TreeMap<>();
        for (int i = 0; i < latencies.length; i++) {
            if (latencies[i] > SLOW_NANOS) {
                bySecond.merge((int) (i * period / 1_000_000_000L), 1, Integer::sum);
            }
        }
        long[] paused = stalls.corePauses(startedAt, startedAt + latencies.length * period / 1_000_000L);
        String pauses = paused[0] == 0
                ? ""
                : String.format("; the host paused a core %d times, %d ms in all", paused[0], paused[1])
                        + p99Unpaused(latencies, period, startedAt, stalls);
        if (bySecond.isEmpty()) {
            return pauses.isEmpty() ? "" : String.format("%n        no request over 100 ms%s", pauses);
        }
        StringBuilder by = new StringBuilder();
        bySecond.forEach((second, n) -> {
            long from = startedAt + second * 1000L;
            long[] worst = stalls.worst(from, from + 1000);
            by.append(by.isEmpty() ? "" : ", ").append(second).append("s:").append(n);
            if (worst[0] >= 20) {
                by.append(String.format(" (paused %d ms)", worst[0]));
            } else if (worst[1] >= 20) {
                by.append(String.format(" (generator %d ms)", worst[1]));
            }
        });
        return String.format(
                "%n        over 100 ms %d, by second due (step began %s): %s%s",
                bySecond.values().stream().mapToInt(Integer::intValue).sum(),
                LocalTime.ofInstant(Instant.ofEpochMilli(startedAt), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS),
                by,
                pauses);
    }

    /**
     * The p99 of the requests due outside the seconds in which the host paused a core and the second after
     * each (the queue a pause leaves takes a while to drain): what the step would have shown on a machine of its
     * own. For reading beside the step's p99 only; capacity is decided by the step's p99 as measured.
     */
    private static String p99Unpaused(long[] latencies, long period, long startedAt, StallMeter stalls) {
        int seconds = (int) ((latencies.length * period + 999_999_999L) / 1_000_000_000L);
        boolean[] excluded = new boolean[seconds + 1];
        for (int s = 0; s < seconds; s++) {
            long from = startedAt + s * 1000L;
            if (stalls.worst(from, from + 1000)[0] >= 20) {
                excluded[s] = true;
                excluded[s + 1] = true;
            }
        }
        long[] kept = new long[latencies.length];
        int n = 0;
        for (int i = 0; i < latencies.length; i++) {
            if (!excluded[(int) (i * period / 1_000_000_000L)] && latencies[i] != Long.MAX_VALUE) {
                kept[n++] = latencies[i];
            }
        }
        if (n == 0) {
            return "";
        }
        long[] sorted = Arrays.copyOf(kept, n);
        Arrays.sort(sorted);
        int at = (int) Math.min(n - 1, Math.max(0, Math.ceil(0.99 * n) - 1));
        return String.format(
                " (p99 of the %d requests due outside those seconds and the next: %.1f ms)", n, sorted[at] / 1e6);
    }
}
