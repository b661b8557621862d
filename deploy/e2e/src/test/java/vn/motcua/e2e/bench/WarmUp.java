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

    /**
     * The ladder's rates once, not reported, up to its first step with an error or a p99 over a second. Rounds at
     * 50/s leave a second wave of compiling for the rates above them: code that only runs under load (group commits
     * of several dossiers, the consumers' larger polls, the admission queue) is compiled when that load first comes,
     * and on two cores that wave made the tail of the first steps at 200–300/s (5 Dec: JIT 16–35 % and p99 121–136
     * ms in the first steps at 200/s and 250/s; after them 250/s and 300/s held four times each with p99 under 65
     * ms). The measured ladder then starts warm; a pod started into a peak is the overload phase's first seconds.
     */
    static void climb(LoadClient http, Workload workload, String url, int[] rates, Duration step) throws Exception {
        System.out.println("(warm-up climb: the ladder's rates once, not reported, until its first failing step)");
        for (int rate : rates) {
            workload.refreshTokens();
            CpuMeter before = CpuMeter.now();
            LoadStep.Result r = LoadStep.run(http, url, rate, step, workload::submission);
            System.out.printf(
                    "(warm-up climb %d/s: %d of %d accepted, p99 %.0f ms, JIT %.1f %%)%n",
                    rate,
                    r.ok(),
                    r.sent(),
                    r.percentileMillis(99),
                    CpuMeter.now().jitShare(before));
            if (r.endsLadder()) {
                return;
            }
        }
    }
}
