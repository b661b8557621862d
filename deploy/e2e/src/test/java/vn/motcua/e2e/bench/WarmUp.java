package vn.motcua.e2e.bench;

import java.time.Duration;

/**
 * Load, not reported, until the JIT compilers have settled. On two cores the compilers of every JVM on the machine
 * (the three services, Kafka, Keycloak and this generator) take most of the CPU for minutes after a start: a step
 * measured before they settle costs about twice the CPU, and its p99 says more about the compilers than about the
 * platform. Each round is 20 s of the mixed workload and the pipeline's work it caused, until quiet.
 */
final class WarmUp {
    private static final int RATE = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_RATE", "50"));
    private static final int MAX_ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_ROUNDS", "20"));

    /** Settled: the compilers took less than this share of the machine (all cores) during a round, in %. */
    private static final double SETTLED_JIT_SHARE = 3;

    private WarmUp() {}

    static void run(LoadClient http, Workload workload, String url) throws Exception {
        System.out.printf("(warming up at %d/s, 20 s a round, until the JIT compilers have settled)%n", RATE);
        IntakeBenchmark.awaitQuiet();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            workload.refreshTokens(); // Keycloak's tokens live 5 minutes; a refused request would look warm
            CpuMeter before = CpuMeter.now();
            LoadStep.Result r = LoadStep.run(http, url, RATE, Duration.ofSeconds(20), workload::submission);
            IntakeBenchmark.awaitQuiet();
            CpuMeter after = CpuMeter.now();
            double jit = after.jitShare(before);
            System.out.printf(
                    "(warm-up round %d: %d of %d accepted, p99 %.0f ms, machine CPU %.1f ms a dossier, JIT %.1f %%)%n",
                    round, r.ok(), r.sent(), r.percentileMillis(99), after.machineMillisPer(before, r.sent()), jit);
            // A round with refusals is not a warm one. Without perf data (JIT 0) or /proc (NaN): two rounds.
            if (round > 1 && r.ok() == r.sent() && !(jit >= SETTLED_JIT_SHARE)) {
                return;
            }
        }
        System.out.printf("(warm-up: the JIT compilers were still busy after %d rounds)%n", MAX_ROUNDS);
    }
}
