package vn.motcua.e2e.bench;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.motcua.e2e.TestKafka;

/**
 * deploy/stack bench intake — not a test: prints numbers. Against the services of `deploy/stack up`, after a
 * warm-up until the JIT compilers have settled ({@link WarmUp}): (0) what a dossier costs in statements, commits
 * and CPU ({@link PipelineCost}); (1) intake under an open-model load of online and counter submissions, stepping
 * the arrival rate up until errors or a p99 over 1 s, the capacity being the best step with p99 ≤ 100 ms, then
 * checks that every accepted dossier reached Kafka;
 * (4) five times the capacity ({@link Overload}); (2) the same rows with plain JDBC on the same MariaDB (the
 * hardware's limit) and the ratio; (3) the time from the 201 answer to the citizen's notification at half the
 * capacity.
 */
public final class IntakeBenchmark {
    static final String INTAKE = System.getenv().getOrDefault("BENCH_INTAKE_URL", "http://127.0.0.1:8081");
    static final String MARIADB =
            "jdbc:mariadb://127.0.0.1:" + System.getenv().getOrDefault("STACK_MARIADB_PORT", "3306");
    static final String KAFKA = "127.0.0.1:" + System.getenv().getOrDefault("STACK_KAFKA_PORT", "9092");
    static final String KEYCLOAK = "http://127.0.0.1:" + System.getenv().getOrDefault("STACK_KEYCLOAK_PORT", "8180");
    static final List<String> COMMUNES =
            IntStream.range(40, 100).mapToObj(i -> "000." + i + ".30.H57").toList();

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream(System.getenv()
                        .getOrDefault("BENCH_RATES", "25,50,100,150,200,250,300,350,400,450,500,700,1000")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        Duration step = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_STEP_SECONDS", "20")));
        System.out.printf(
                "machine: %d cores, %d MiB max heap for this JVM; everything on this one machine%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(PipelineCost.databaseSize());
        Set<String> phases = Set.of(System.getenv()
                .getOrDefault("BENCH_PHASES", "cost,load,overload,raw,e2e")
                .split(","));
        addCommunes();
        Workload workload = new Workload();
        LoadClient http = new LoadClient();
        System.out.println("pauses of a core by the host: " + http.stalls().probe());

        WarmUp.run(http, workload, INTAKE + "/api/dossiers");
        if (phases.contains("cost")) {
            cost(http, workload);
        }
        double sustained = 0;
        if (phases.contains("load")) {
            sustained = loadSteps(http, workload, rates, step);
        }
        if (phases.contains("overload")) {
            awaitQuiet();
            Overload.run(
                    http,
                    workload,
                    sustained > 0
                            ? sustained
                            : Double.parseDouble(System.getenv().getOrDefault("BENCH_CAPACITY", "100")));
        }
        if (phases.contains("raw")) {
            rawLimit(sustained);
        }
        if (phases.contains("e2e")) {
            endToEnd(http, workload, sustained);
        }
        System.exit(0);
    }

    static double loadSteps(LoadClient http, Workload workload, int[] rates, Duration step) throws Exception {
        System.out.println("\n== 1. intake, open model: 70% online (60 communes), 30% at the counter (2 agencies), "
                + step.toSeconds() + " s a step");
        WarmUp.climb(http, workload, INTAKE + "/api/dossiers", rates, step);
        awaitQuiet();
        Map<TopicPartition, Long> mark = endOffsets();
        List<LoadStep.Result> results = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        for (int rate : rates) {
            workload.refreshTokens();
            PipelineCost.Snapshot before = PipelineCost.take();
            LoadStep.Result r = LoadStep.run(http, INTAKE + "/api/dossiers", rate, step, workload::submission);
            results.add(r);
            accepted.addAll(r.codesAt().keySet());
            System.out.println(r.line());
            System.out.println(PipelineCost.stepLine(before, PipelineCost.take(), r.ok()));
            // One noisy step (a pause of a JVM on the two shared cores) does not end the ladder; errors or a
            // p99 past a second do: the capacity is the best step with p99 ≤ 100 ms and no error.
            if (r.endsLadder()) {
                System.out.println("stop: " + (r.errors() > 0 ? r.errors() + " errors" : "p99 over 1 s"));
                break;
            }
        }
        Set<String> onTopic = codesOnTopic(mark, accepted.size());
        Set<String> missing = new HashSet<>(accepted);
        missing.removeAll(onTopic);
        System.out.printf(
                "accepted %d dossiers; on dossier-intake-events: %d; missing: %d%n",
                accepted.size(), accepted.size() - missing.size(), missing.size());
        double capacity = results.stream()
                .filter(r -> r.errors() == 0 && r.percentileMillis(99) <= 100)
                .mapToDouble(LoadStep.Result::throughput)
                .max()
                .orElse(0);
        System.out.printf("capacity (best step with p99 ≤ 100 ms and no error): %.1f/s%n", capacity);
        return capacity;
    }

    /**
     * Statements, commits and CPU per dossier: 200 counter submissions one after another, then counter submissions
     * at a fixed rate (BENCH_COST_RATE, default 50/s for 20 s); each measured until the last message is sent.
     */
    static void cost(LoadClient http, Workload workload) throws Exception {
        System.out.println(
                "\n== 0. what a dossier costs across the pipeline (MariaDB counters, /proc CPU), until every message "
                        + "is sent");
        awaitQuiet();
        Map<String, Double> idle = PipelineCost.idleRate(10_000);
        System.out.printf(
                "idle (pollers only): %.1f statements/s, %.1f commits/s%n",
                idle.entrySet().stream()
                        .filter(e -> !e.getKey().equals("Questions"))
                        .mapToDouble(Map.Entry::getValue)
                        .sum(),
                idle.get("Com_commit"));
        workload.refreshTokens();
        int n = 200;
        PipelineCost.Snapshot a = PipelineCost.take();
        int ok = 0;
        for (int i = 0; i < n; i++) {
            int index = 900_000 + i;
            LoadStep.Result one = LoadStep.run(
                    http, INTAKE + "/api/dossiers", 1000, Duration.ofMillis(1), j -> workload.counter(index));
            ok += one.ok();
        }
        awaitQuiet();
        PipelineCost.report(
                "sequential counter submissions (" + ok + " of " + n + " accepted)", a, PipelineCost.take(), n, idle);
        int rate = Integer.parseInt(System.getenv().getOrDefault("BENCH_COST_RATE", "50"));
        workload.refreshTokens();
        a = PipelineCost.take();
        LoadStep.Result r =
                LoadStep.run(http, INTAKE + "/api/dossiers", rate, Duration.ofSeconds(20), workload::counter);
        awaitQuiet();
        PipelineCost.report(
                "counter submissions at " + rate + "/s (" + r.ok() + " accepted, " + r.errors() + " errors; answers "
                        + r.statuses() + ", " + r.failures() + " without one)",
                a,
                PipelineCost.take(),
                r.ok(),
                idle);
    }

    /**
     * Waits until every consumer group has consumed everything (lag 0), the notifier has no delivery due and no
     * dossier waits for the national portal, so phases don't overlap.
     */
    static void awaitQuiet() throws Exception {
        long started = System.currentTimeMillis();
        try (var admin =
                org.apache.kafka.clients.admin.Admin.create(TestKafka.admin(Map.of("bootstrap.servers", KAFKA)))) {
            while (System.currentTimeMillis() - started < 600_000) {
                long lag = pendingDeliveries();
                for (String group : List.of("tracking-service", "notification-service", "intake-service")) {
                    var committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata()
                            .get();
                    var ends = admin.listOffsets(committed.keySet().stream()
                                    .collect(Collectors.toMap(
                                            tp -> tp, tp -> org.apache.kafka.clients.admin.OffsetSpec.latest())))
                            .all()
                            .get();
                    for (var e : committed.entrySet()) {
                        lag += ends.get(e.getKey()).offset()
                                - (e.getValue() == null ? 0 : e.getValue().offset());
                    }
                }
                if (lag == 0) {
                    System.out.printf("(system quiet after %d s)%n", (System.currentTimeMillis() - started) / 1000);
                    Thread.sleep(1000); // the last commits of offsets and sends
                    return;
                }
                Thread.sleep(500);
            }
        }
        System.out.println("(system still busy after 10 minutes)");
    }

    static void rawLimit(double sustained) throws Exception {
        awaitQuiet();
        System.out.println("\n== 2. the hardware's limit: the same rows, plain JDBC, same MariaDB, same agencies");
        long procedureVersion = procedureVersionId();
        RawInsert raw = new RawInsert(
                MARIADB + "/intake",
                "intake",
                "intake-local-pw",
                Workload.agencies(),
                procedureVersion,
                "x".repeat(1400));
        double best = 0;
        double bestWithPortal = 0;
        for (int threads : new int[] {8, 16, 32}) {
            double perSecond = raw.run(threads, Duration.ofSeconds(15), false);
            double withPortal = raw.run(threads, Duration.ofSeconds(15), true);
            System.out.printf(
                    "%3d threads: %8.1f dossiers/s; with the portal queue's two rows %8.1f/s%n",
                    threads, perSecond, withPortal);
            best = Math.max(best, perSecond);
            bestWithPortal = Math.max(bestWithPortal, withPortal);
        }
        raw.cleanUp();
        System.out.printf(
                "intake sustained %.1f/s (p99 ≤ 100 ms, no errors) / raw %.1f/s = ratio %.2f%n",
                sustained, best, sustained / best);
        // The ratio was set before the national-portal sync existed; intake now also writes its queue's
        // rows in the submission's transaction when the sync is on (the local stack's default).
        System.out.printf(
                "  against the same rows plus the portal queue's: raw %.1f/s = ratio %.2f%n",
                bestWithPortal, sustained / bestWithPortal);
    }

    static void endToEnd(LoadClient http, Workload workload, double capacity) throws Exception {
        awaitQuiet();
        // Half the measured capacity unless told otherwise.
        int rate = Integer.parseInt(System.getenv()
                .getOrDefault(
                        "BENCH_E2E_RATE", Long.toString(Math.max(10, Math.round(capacity > 0 ? capacity / 2 : 100)))));
        System.out.println(
                "\n== 3. end to end for 60 s (counter submissions at " + rate + "/s): 201 answer → notification log");
        workload.refreshTokens();
        LoadStep.Result e2e =
                LoadStep.run(http, INTAKE + "/api/dossiers", rate, Duration.ofSeconds(60), i -> workload.counter(i));
        System.out.println(e2e.line());
        EndToEnd.report(e2e.codesAt());
    }

    /**
     * Deliveries the notifier has planned and not yet sent (held for quiet hours do not count: they wait for the
     * morning).
     */
    /** Messages not yet sent, and dossiers not yet on the national portal (its simulator on the local stack). */
    static long pendingDeliveries() throws Exception {
        long pending = 0;
        try (Connection c = DriverManager.getConnection(
                        MARIADB + "/notification", "notification", "notification-local-pw");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM delivery_log WHERE status = 'PENDING'")) {
            rs.next();
            pending += rs.getLong(1);
        }
        try (Connection c = DriverManager.getConnection(MARIADB + "/intake", "intake", "intake-local-pw");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM portal_dossier WHERE state = 'PENDING'")) {
            rs.next();
            return pending + rs.getLong(1);
        }
    }

    static void addCommunes() throws Exception {
        try (Connection c = DriverManager.getConnection(MARIADB + "/intake", "intake", "intake-local-pw");
                PreparedStatement p = c.prepareStatement(
                        "INSERT IGNORE INTO agency (code, name, level, parent_code) VALUES (?, ?, 'COMMUNE', "
                                + "'000.00.00.H57')")) {
            for (String code : COMMUNES) {
                p.setString(1, code);
                p.setString(2, "Ủy ban nhân dân xã thử tải " + code);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static long procedureVersionId() throws Exception {
        try (Connection c = DriverManager.getConnection(MARIADB + "/intake", "intake", "intake-local-pw");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT id FROM procedure_version WHERE code = '1.003583' AND is_current")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String token(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "motcua-web")
                .formParam("username", user)
                .formParam("password", user)
                .post(KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KAFKA,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000)),
                new StringDeserializer(),
                new StringDeserializer());
    }

    static Map<TopicPartition, Long> endOffsets() {
        try (var c = consumer()) {
            return new HashMap<>(c.endOffsets(c.partitionsFor("dossier-intake-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toList())));
        }
    }

    /** Dossier codes (record keys) written to the topic since the mark; waits up to a minute for the relay. */
    static Set<String> codesOnTopic(Map<TopicPartition, Long> mark, int expected) {
        Set<String> codes = new HashSet<>();
        try (var c = consumer()) {
            c.assign(mark.keySet());
            mark.forEach(c::seek);
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(r -> codes.add(r.key()));
                if (codes.size() >= expected) {
                    break;
                }
            }
        }
        return codes;
    }
}
