package vn.motcua.e2e.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * A process of its own, started by {@link StallMeter} at real-time priority on one core: it sleeps a millisecond at
 * a time and prints "startMillis lateMillis" (epoch ms) for every wake-up 20 ms or more late. At that priority
 * nothing in the machine can keep it waiting, so a late wake-up means its core did not run: a virtual CPU paused by
 * its host. Such pauses do not show as steal time: on the 2-vCPU VM of docs/benchmarks.md they lasted about 100 ms
 * and came only when both cores were nearly all busy.
 */
public final class FreezeProbe {
    private static final long SLEEP_NANOS = 1_000_000L;
    private static final long REPORTED_NANOS = 20_000_000L;

    private FreezeProbe() {}

    public static void main(String[] args) {
        // The bench that started it (taskset and chrt exec it): once that is gone, even killed, so is the probe.
        ProcessHandle bench = ProcessHandle.current().parent().orElseThrow();
        for (long i = 1; ; i++) {
            if (i % 1000 == 0 && !bench.isAlive()) {
                return;
            }
            long before = System.nanoTime();
            long wall = System.currentTimeMillis();
            LockSupport.parkNanos(SLEEP_NANOS);
            long late = System.nanoTime() - before - SLEEP_NANOS;
            if (late >= REPORTED_NANOS) {
                System.out.println(wall + " " + late / 1_000_000);
                System.out.flush();
            }
        }
    }
}
