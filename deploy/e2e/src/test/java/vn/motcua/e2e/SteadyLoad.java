package vn.motcua.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Submissions at a steady pace while faults happen: two of three received at the counter by an officer, one of
 * three submitted online by a citizen and then accepted by an officer. Each call is retried as a client should
 * (same Idempotency-Key, a short pause) until it succeeds; every fourth dossier is then taken into processing by
 * an officer, retried the same way. Counts every answer that was not a success, and when each 201 came.
 */
final class SteadyLoad {
    record Submitted(String code, String email, boolean online, Instant at) {}

    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 2000)
                    .setParam("http.socket.timeout", 15000));
    private final String intake;
    private final String tracking;
    private final long everyMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService submitter = Executors.newSingleThreadExecutor();
    /** Enough officers that one retrying through an outage does not hold up the others' work. */
    private final ExecutorService officers = Executors.newFixedThreadPool(8);

    final List<Submitted> submitted = Collections.synchronizedList(new ArrayList<>());
    final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    final List<String> started = Collections.synchronizedList(new ArrayList<>());
    final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    /** Answers other than the success, by call and status ("accept 503"; "IO" for a reset or time-out). */
    final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    SteadyLoad(String intake, String tracking, long everyMillis) {
        this.intake = intake;
        this.tracking = tracking;
        this.everyMillis = everyMillis;
    }

    SteadyLoad start() {
        submitter.submit(this::submitLoop);
        return this;
    }

    private void submitLoop() {
        int i = 0;
        while (running.get()) {
            long next = System.currentTimeMillis() + everyMillis;
            boolean online = i % 3 == 1;
            boolean process = i % 4 == 0;
            Optional<Submitted> s = submit(i, online);
            s.ifPresent(submitted::add);
            s.ifPresent(d -> officers.submit(() -> {
                if ((!d.online() || accept(d.code())) && process) {
                    // tracking has the dossier a moment after its receipt, or a retry waits for it
                    ServiceProcess.sleep(Duration.ofSeconds(1));
                    startProcessing(d.code());
                }
            }));
            i++;
            ServiceProcess.sleep(Duration.ofMillis(Math.max(0, next - System.currentTimeMillis())));
        }
    }

    /** Online: citizen1 with their own ID number (SUBMITTED); at the counter: officer1 (RECEIVED at once). */
    private Optional<Submitted> submit(int i, boolean online) {
        String email = "cluster." + UUID.randomUUID().toString().substring(0, 12) + "@example.vn";
        String key = UUID.randomUUID().toString();
        String idNumber = online ? Dossiers.CITIZEN_ID : "001301000123";
        String body = Dossiers.body("2.000488", idNumber, email, "0987654321", "TK", "CCCD");
        Response r = withRetries(
                (online ? "online submission " : "counter submission ") + i,
                () -> as(online ? "citizen1" : "officer1", intake)
                        .header("Idempotency-Key", key)
                        .contentType("application/json")
                        .body(body)
                        .post("/api/dossiers"),
                201,
                200);
        return Optional.ofNullable(r).map(ok -> new Submitted(ok.path("code"), email, online, Instant.now()));
    }

    /** An officer accepts the online dossier; a retry after a lost answer gets 409 (no longer pending). */
    private boolean accept(String code) {
        Response r = withRetries(
                "accept " + code, () -> as("officer1", intake).post("/api/dossiers/" + code + "/accept"), 200, 409);
        if (r != null) {
            accepted.add(code);
        }
        return r != null;
    }

    private void startProcessing(String code) {
        Response r = withRetries(
                "START_PROCESSING " + code,
                () -> as("officer1", tracking)
                        .contentType("application/json")
                        .body("{\"action\":\"START_PROCESSING\"}")
                        .post("/api/dossiers/" + code + "/actions"),
                200,
                409);
        if (r != null) {
            started.add(code);
        }
    }

    /** A call by a demo user of the realm, with the client's time-outs. */
    private static RequestSpecification as(String user, String baseUri) {
        return given().config(TIMEOUTS).baseUri(baseUri).auth().oauth2(Tokens.of(user));
    }

    /**
     * Tries for up to two minutes; a 404 from tracking means its event has not arrived yet. A submission's retry
     * whose first attempt was stored (its answer lost with a killed instance) gets 200 and the same dossier, an
     * action's gets 409 (already processing): also a success, its effect counted once by the test.
     */
    private Response withRetries(
            String what, java.util.concurrent.Callable<Response> call, int success, int alsoSuccess) {
        Instant deadline = Instant.now().plusSeconds(120);
        String kind = what.substring(0, what.lastIndexOf(' '));
        while (Instant.now().isBefore(deadline)) {
            try {
                Response r = call.call();
                if (r.statusCode() == success || r.statusCode() == alsoSuccess) {
                    return r;
                }
                refusals.merge(kind + " " + r.statusCode(), 1, Integer::sum);
            } catch (Exception e) {
                refusals.merge(kind + " IO", 1, Integer::sum);
            }
            ServiceProcess.sleep(Duration.ofMillis(300));
        }
        failed.add(what);
        return null;
    }

    /** Seconds from the fault to the first submission answered 201 after it. */
    double recovery(Instant fault) {
        // Read while the submitter appends: a synchronized list's stream is not synchronized (CI, 6 Dec: a
        // ConcurrentModificationException), so it is walked under the list's own lock.
        synchronized (submitted) {
            return submitted.stream()
                    .map(Submitted::at)
                    .filter(at -> at.isAfter(fault))
                    .findFirst()
                    .map(at -> Duration.between(fault, at).toMillis() / 1000.0)
                    .orElse(Double.NaN);
        }
    }

    /** Stops submitting, then lets the officers finish what they have (their retries included). */
    void stop() throws InterruptedException {
        running.set(false);
        submitter.shutdown();
        submitter.awaitTermination(3, TimeUnit.MINUTES);
        officers.shutdown();
        officers.awaitTermination(3, TimeUnit.MINUTES);
    }

    Map<String, Integer> refusalsSorted() {
        return new TreeMap<>(refusals);
    }
}
