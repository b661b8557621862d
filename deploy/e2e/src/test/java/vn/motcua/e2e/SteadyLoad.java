package vn.motcua.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counter submissions at a steady pace while faults happen, each retried as a client should (same
 * Idempotency-Key, a short pause) until it gets 201; every fourth dossier is then taken into processing by an
 * officer, retried the same way. Counts every answer that was not a success, and when each 201 came.
 */
final class SteadyLoad {
    record Submitted(String code, String email, boolean appointmentPending, Instant at) {}

    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 2000)
                    .setParam("http.socket.timeout", 15000));
    private final String intake;
    private final String tracking;
    private final long everyMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    final List<Submitted> submitted = Collections.synchronizedList(new ArrayList<>());
    final List<String> started = Collections.synchronizedList(new ArrayList<>());
    final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    /** Answers other than the success, by status ("IO" for a connection reset or time-out). */
    final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    SteadyLoad(String intake, String tracking, long everyMillis) {
        this.intake = intake;
        this.tracking = tracking;
        this.everyMillis = everyMillis;
    }

    SteadyLoad start() {
        threads.submit(this::submitLoop);
        return this;
    }

    private void submitLoop() {
        int i = 0;
        while (running.get()) {
            long next = System.currentTimeMillis() + everyMillis;
            String email = "cluster." + UUID.randomUUID().toString().substring(0, 12) + "@example.vn";
            String key = UUID.randomUUID().toString();
            String body = Dossiers.body("2.000488", "001301000123", email, "0987654321", "TK", "CCCD");
            Response r = withRetries(
                    "submission " + i,
                    () -> given().config(TIMEOUTS)
                            .baseUri(intake)
                            .auth()
                            .oauth2(Tokens.of("officer1"))
                            .header("Idempotency-Key", key)
                            .contentType("application/json")
                            .body(body)
                            .post("/api/dossiers"),
                    201,
                    200);
            if (r != null) {
                Submitted s = new Submitted(
                        r.path("code"), email, Boolean.TRUE.equals(r.path("appointmentPending")), Instant.now());
                submitted.add(s);
                if (i % 4 == 0) {
                    threads.submit(() -> startProcessing(s.code()));
                }
            }
            i++;
            ServiceProcess.sleep(Duration.ofMillis(Math.max(0, next - System.currentTimeMillis())));
        }
    }

    private void startProcessing(String code) {
        ServiceProcess.sleep(Duration.ofSeconds(1)); // tracking has it by then, or a retry waits for it
        Response r = withRetries(
                "START_PROCESSING " + code,
                () -> given().config(TIMEOUTS)
                        .baseUri(tracking)
                        .auth()
                        .oauth2(Tokens.of("officer1"))
                        .contentType("application/json")
                        .body("{\"action\":\"START_PROCESSING\"}")
                        .post("/api/dossiers/" + code + "/actions"),
                200,
                409);
        if (r != null) {
            started.add(code);
        }
    }

    /**
     * Tries for up to two minutes; a 404 from tracking means its event has not arrived yet. A submission's retry
     * whose first attempt was stored (its answer lost with a killed instance) gets 200 and the same dossier, an
     * action's gets 409 (already processing): also a success, its effect counted once by the test.
     */
    private Response withRetries(
            String what, java.util.concurrent.Callable<Response> call, int success, int alsoSuccess) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            try {
                Response r = call.call();
                if (r.statusCode() == success || r.statusCode() == alsoSuccess) {
                    return r;
                }
                refusals.merge(Integer.toString(r.statusCode()), 1, Integer::sum);
            } catch (Exception e) {
                refusals.merge("IO", 1, Integer::sum);
            }
            ServiceProcess.sleep(Duration.ofMillis(300));
        }
        failed.add(what);
        return null;
    }

    /** Seconds from the fault to the first submission answered 201 after it. */
    double recovery(Instant fault) {
        return submitted.stream()
                .map(Submitted::at)
                .filter(at -> at.isAfter(fault))
                .findFirst()
                .map(at -> Duration.between(fault, at).toMillis() / 1000.0)
                .orElse(Double.NaN);
    }

    void stop() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES);
    }

    Map<String, Integer> refusalsSorted() {
        return new TreeMap<>(refusals);
    }
}
