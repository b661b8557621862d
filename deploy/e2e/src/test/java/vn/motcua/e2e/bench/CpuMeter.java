package vn.motcua.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load generator's own CPU and the whole machine's, around a load step (Linux /proc). On a machine where the
 * generator shares the cores with the system under test, a step limited by the machine's CPU says so here, and
 * the generator's share shows how much of it was not the platform's.
 */
record CpuMeter(long selfTicks, long busyTicks, long stolenTicks, long totalTicks, JitMeter jit) {
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    static CpuMeter now() {
        long[] machine = machine();
        return new CpuMeter(self(), machine[0], machine[2], machine[1], JitMeter.now());
    }

    /**
     * "generator 3.1 ms/request, machine 87 % busy, JIT 4 %", and the share the host took from this VM when it took
     * any (steal time: a neighbour's load, which a run on a quiet machine would not have); empty where /proc cannot
     * be read.
     */
    String since(CpuMeter before, int requests) {
        if (selfTicks < 0 || before.selfTicks < 0 || totalTicks <= before.totalTicks || requests == 0) {
            return "";
        }
        double generatorMs = (selfTicks - before.selfTicks) * 1000.0 / TICKS_PER_SECOND / requests;
        double busy = 100.0 * (busyTicks - before.busyTicks) / (totalTicks - before.totalTicks);
        double stolen = 100.0 * (stolenTicks - before.stolenTicks) / (totalTicks - before.totalTicks);
        return String.format(
                "  generator CPU %.2f ms/request, machine %.0f %% busy%s, JIT %.0f %%",
                generatorMs,
                busy,
                stolen >= 0.5 ? String.format(" (%.0f %% stolen by the host)", stolen) : "",
                jitShare(before));
    }

    /**
     * The JIT compilers' compiling time since {@code before} as a share of the machine's time (all cores), in %.
     * Each JVM counts it as elapsed time, so on busy cores it overstates their CPU: a bound, not a measure.
     */
    double jitShare(CpuMeter before) {
        double machineSeconds = (double) (totalTicks - before.totalTicks) / TICKS_PER_SECOND;
        return machineSeconds <= 0 ? Double.NaN : 100 * jit.secondsSince(before.jit) / machineSeconds;
    }

    /**
     * CPU the whole machine spent since {@code before}, in ms per dossier, less what the host took (steal); NaN where
     * /proc cannot be read.
     */
    double machineMillisPer(CpuMeter before, int dossiers) {
        if (totalTicks <= before.totalTicks || dossiers == 0) {
            return Double.NaN;
        }
        return (busyTicks - before.busyTicks - (stolenTicks - before.stolenTicks))
                * 1000.0
                / TICKS_PER_SECOND
                / dossiers;
    }

    /** utime + stime of this JVM, in ticks; -1 when /proc cannot be read. */
    private static long self() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * {busy, total, stolen} ticks over all cores since boot (busy = total less idle and iowait, steal included: the
     * cores were not free); {0, 0, 0} when unknown.
     */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user … steal; guest is inside user already
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long stolen = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[] {total - idle, total, stolen};
        } catch (Exception e) {
            return new long[] {0, 0, 0};
        }
    }
}
