package vn.motcua.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Intake's group-commit counters from its Prometheus endpoint (management interface): how many transactions
 * wrote submissions and how many dossiers they held, so a ladder step can say how large its batches were.
 */
final class IntakeMetrics {
    static final String BATCHES = "intake_submission_batch_size_count";
    static final String BATCHED = "intake_submission_batch_size_sum";
    static final String URL =
            System.getenv().getOrDefault("BENCH_INTAKE_METRICS_URL", "http://127.0.0.1:9081/q/metrics");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private IntakeMetrics() {}

    /** The two counters; empty when intake does not answer (the step line then says "not read"). */
    static Map<String, Long> batches() {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            String body = CLIENT.send(
                            HttpRequest.newBuilder(URI.create(URL))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            for (String line : body.split("\n")) {
                for (String name : new String[] {BATCHES, BATCHED}) {
                    // "name 123.0" or "name{labels} 123.0"; comments start with '#'.
                    if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                        double v = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                        values.merge(name, Math.round(v), Long::sum);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | RuntimeException e) {
            // Not fatal to a benchmark: the step line prints "not read".
        }
        return values;
    }
}
