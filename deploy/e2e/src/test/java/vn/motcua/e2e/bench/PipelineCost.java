package vn.motcua.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a dossier costs, measured around a piece of work: MariaDB's own statement and commit counters
 * (SHOW GLOBAL STATUS) and each process's CPU time from /proc. Both travel between machines better than a
 * throughput does.
 */
final class PipelineCost {
    static final List<String> COUNTERS = List.of(
            "Com_select",
            "Com_insert",
            "Com_insert_select",
            "Com_update",
            "Com_delete",
            "Com_commit",
            "Com_rollback",
            "Com_set_option",
            "Questions");
    /** InnoDB's page I/O: grows with the data once it no longer fits the buffer pool (not statements). */
    static final List<String> PAGE_IO = List.of("Innodb_buffer_pool_reads", "Innodb_buffer_pool_pages_flushed");
    /** Waits for a row lock and the milliseconds spent in them: the counter agencies' day rows under load. */
    static final List<String> ROW_LOCKS = List.of("Innodb_row_lock_waits", "Innodb_row_lock_time");

    static final List<String> PROCESSES =
            List.of("intake-service", "tracking-service", "notification-service", "mariadb", "kafka");
    /**
     * Processes of the local stack that are not the pipeline but share its cores: the national portal's stand-in
     * (in a province, a remote system), Keycloak and Prometheus. Reported apart, never added to the pipeline.
     */
    static final List<Map.Entry<String, String>> OUTSIDE = List.of(
            Map.entry("portal-simulator", "the national portal's stand-in"),
            Map.entry("keycloak", "log-ins"),
            Map.entry("prometheus", "scrapes"));

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    record Snapshot(Map<String, Long> counters, Map<String, Long> cpuTicks, long nanos) {}

    private PipelineCost() {}

    static Snapshot take() throws Exception {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection c =
                        DriverManager.getConnection(IntakeBenchmark.MARIADB + "/intake", "intake", "intake-local-pw");
                ResultSet rs = c.createStatement()
                        .executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ("
                                + String.join(
                                        ",",
                                        Stream.of(COUNTERS, PAGE_IO, ROW_LOCKS)
                                                .flatMap(List::stream)
                                                .map(n -> "'" + n + "'")
                                                .toList())
                                + ")")) {
            while (rs.next()) {
                counters.put(rs.getString(1), rs.getLong(2));
            }
        }
        counters.putAll(IntakeMetrics.batches());
        Map<String, Long> cpu = new LinkedHashMap<>();
        Stream.concat(PROCESSES.stream(), OUTSIDE.stream().map(Map.Entry::getKey))
                .forEach(p -> cpu.put(p, cpuTicks(p)));
        return new Snapshot(counters, cpu, System.nanoTime());
    }

    /** utime + stime of the process whose pid the local stack recorded; -1 when it does not run. */
    static long cpuTicks(String process) {
        try {
            Path pidFile = dataDir().resolve("run").resolve(process + ".pid");
            String pid = Files.readString(pidFile).strip();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return -1;
        }
    }

    /** A process's CPU between two snapshots in ms; 0 when it did not run in both. */
    static double cpuMillis(Snapshot before, Snapshot after, String process) {
        long b = before.cpuTicks().getOrDefault(process, -1L);
        long a = after.cpuTicks().getOrDefault(process, -1L);
        return b < 0 || a < 0 ? 0 : (a - b) * 1000.0 / TICKS_PER_SECOND;
    }

    static Path dataDir() {
        String dir = System.getenv("STACK_DATA_DIR");
        if (dir != null) {
            return Path.of(dir);
        }
        String root = System.getenv().getOrDefault("STACK_ROOT", "../..");
        return Path.of(root, "deploy", "local-stack", "data");
    }

    /** Prints per-dossier figures for what happened between two snapshots, less the idle rate measured before. */
    static void report(String label, Snapshot before, Snapshot after, int dossiers, Map<String, Double> idlePerSecond) {
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        StringBuilder s = new StringBuilder(String.format("%s: %d dossiers in %.1f s%n", label, dossiers, seconds));
        long statements = 0;
        for (String c : COUNTERS) {
            long d = delta(before, after, c);
            double idle = idlePerSecond.getOrDefault(c, 0.0) * seconds;
            if (!c.equals("Questions")) {
                statements += d;
            }
            s.append(String.format(
                    "  %-15s %8.2f per dossier   (idle share %.2f)%n", c, (double) d / dossiers, idle / dossiers));
        }
        s.append(String.format(
                "  %-15s %8.2f per dossier  (the Com_ counters above, summed)%n",
                "statements", (double) statements / dossiers));
        // Page writes are deferred to the checkpoint: over a short window they can be 0 and then come all at once.
        s.append(String.format(
                "  %-15s %8.2f read from disk, %.2f written, per dossier%n",
                "InnoDB pages",
                (double) delta(before, after, PAGE_IO.get(0)) / dossiers,
                (double) delta(before, after, PAGE_IO.get(1)) / dossiers));
        double totalCpu = 0;
        for (String p : PROCESSES) {
            double ms = cpuMillis(before, after, p) / dossiers;
            totalCpu += ms;
            s.append(String.format("  CPU %-22s %6.2f ms per dossier%n", p, ms));
        }
        s.append(String.format("  CPU %-22s %6.2f ms per dossier%n", "pipeline (these five)", totalCpu));
        for (var p : OUTSIDE) {
            s.append(String.format(
                    "  CPU %-22s %6.2f ms per dossier (outside the pipeline: %s)%n",
                    p.getKey(), cpuMillis(before, after, p.getKey()) / dossiers, p.getValue()));
        }
        System.out.print(s);
    }

    /**
     * What a ladder step cost the database, read while it ran: statements and commits per dossier (the consumers
     * trail by a fraction of a second, so a step's figures include a little of the one before it), intake's mean
     * batch (dossiers a transaction of its group-commit lanes wrote), and the row-lock waits. A submission holds
     * its agency's day row (the dossier number) until it commits, so waits there queue submissions.
     */
    static String stepLine(Snapshot before, Snapshot after, int dossiers) {
        long statements = COUNTERS.stream()
                .filter(c -> !c.equals("Questions"))
                .mapToLong(c -> delta(before, after, c))
                .sum();
        long batches = delta(before, after, IntakeMetrics.BATCHES);
        long batched = delta(before, after, IntakeMetrics.BATCHED);
        long waits = delta(before, after, "Innodb_row_lock_waits");
        long millis = delta(before, after, "Innodb_row_lock_time");
        int n = Math.max(1, dossiers);
        double pipeline =
                PROCESSES.stream().mapToDouble(p -> cpuMillis(before, after, p)).sum();
        return String.format(
                "        %.1f statements and %.2f commits per dossier; intake's batches %s; row-lock waits %d"
                        + " (%.1f %% of dossiers), %d ms waited in all, %.1f ms a wait%n"
                        + "        CPU a dossier: the pipeline's five processes %.2f ms, the national portal's"
                        + " stand-in %.2f ms",
                (double) statements / n,
                (double) delta(before, after, "Com_commit") / n,
                batches <= 0
                        ? "not read"
                        : String.format("%d, %.2f dossiers each", batches, (double) batched / batches),
                waits,
                100.0 * waits / n,
                millis,
                waits == 0 ? 0.0 : (double) millis / waits,
                pipeline / n,
                cpuMillis(before, after, "portal-simulator") / n);
    }

    private static long delta(Snapshot before, Snapshot after, String counter) {
        return after.counters().getOrDefault(counter, 0L) - before.counters().getOrDefault(counter, 0L);
    }

    /**
     * The size the bench runs against: the local database keeps every run's dossiers, and once they outgrow the
     * buffer pool each dossier costs disk reads and page writes, so runs are comparable only at a similar size.
     */
    static String databaseSize() {
        try (Connection c =
                        DriverManager.getConnection(IntakeBenchmark.MARIADB + "/intake", "intake", "intake-local-pw");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM dossier),"
                                + " (SELECT SUM(data_length + index_length) FROM information_schema.tables"
                                + " WHERE table_schema = 'intake'), @@innodb_buffer_pool_size")) {
            rs.next();
            return String.format(
                    "database: %,d dossiers, intake's schema %.1f GiB, InnoDB buffer pool %.1f GiB",
                    rs.getLong(1), rs.getLong(2) / (double) (1L << 30), rs.getLong(3) / (double) (1L << 30));
        } catch (Exception e) {
            return "database: size not read (" + e.getMessage() + ")";
        }
    }

    /** Counter increments per second while nothing is submitted: the pollers' own cost. */
    static Map<String, Double> idleRate(long millis) throws Exception {
        Snapshot a = take();
        Thread.sleep(millis);
        Snapshot b = take();
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        Map<String, Double> rate = new LinkedHashMap<>();
        for (String c : COUNTERS) {
            rate.put(c, delta(a, b, c) / seconds);
        }
        return rate;
    }
}
