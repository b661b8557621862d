package vn.motcua.e2e.bench;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * What made a burst of slow requests that the platform did not. Latency is measured from when a request was due,
 * so two things outside the platform make bursts: a core of the machine paused by its host (seen by a
 * {@link FreezeProbe} at real-time priority on each core), and the generator's own event loop running late (its
 * collector, or a flood of answers after a pause). It lives as long as the bench's JVM.
 */
final class StallMeter {
    /** Something ran {@code lateMillis} late from {@code atMillis} (epoch ms). */
    record Stall(long atMillis, long lateMillis) {}

    private static final long PERIOD_NANOS = 10_000_000L;
    private static final long RECORDED_MILLIS = 20;

    // Kept for the whole run, unbounded: a stall is 20 ms or more, so even a late tick every 10 ms of a 30-minute
    // bench is 180,000 small records; counting a bounded queue's size would walk it on the event loop each time.
    private final ConcurrentLinkedQueue<Stall> cores = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Stall> eventLoop = new ConcurrentLinkedQueue<>();
    private final Vertx vertx;
    private final String probe;

    StallMeter(Vertx vertx) {
        this.vertx = vertx;
        this.probe = startProbe();
        vertx.runOnContext(v -> onLoop(System.nanoTime() + PERIOD_NANOS));
    }

    /** How the cores' pauses are seen: at real-time priority, or not at all where that is not allowed. */
    String probe() {
        return probe;
    }

    private void onLoop(long due) {
        vertx.setTimer(Math.max(1, (due - System.nanoTime()) / 1_000_000), id -> {
            long now = System.nanoTime();
            long late = (now - due) / 1_000_000;
            if (late >= RECORDED_MILLIS) {
                eventLoop.add(new Stall(System.currentTimeMillis() - late, late));
            }
            onLoop(now + PERIOD_NANOS);
        });
    }

    /**
     * One probe per core, pinned to it: the host can pause one virtual CPU and not the other (two probes that were
     * free to move saw different pauses), and a probe on one core does not see the other's. A pause of both cores
     * counts once for each.
     */
    private String startProbe() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> started = new ArrayList<>();
        List<Process> running = new ArrayList<>();
        for (int core = 0; core < cores; core++) {
            List<String> command =
                    new ArrayList<>(List.of("taskset", "-c", Integer.toString(core), "chrt", "-f", "10"));
            command.addAll(List.of(java, "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), FreezeProbe.class.getName()));
            try {
                Process p =
                        new ProcessBuilder(command).redirectErrorStream(true).start();
                if (p.waitFor(2, TimeUnit.SECONDS)) { // taskset or chrt refused (not root, no CAP_SYS_NICE)
                    running.forEach(Process::destroyForcibly); // all cores or none: a half-measured machine misleads
                    return "not measured (" + String.join(" ", command.subList(0, 6)) + " refused: exit "
                            + p.exitValue() + ")";
                }
                running.add(p);
                Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
                Thread reader = new Thread(() -> read(p), "freeze-probe-" + core);
                reader.setDaemon(true);
                reader.start();
                started.add(Integer.toString(core));
            } catch (IOException e) {
                running.forEach(Process::destroyForcibly);
                return "not measured (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                running.forEach(Process::destroyForcibly);
                Thread.currentThread().interrupt();
                return "not measured (interrupted)";
            }
        }
        return "a probe at real-time priority on each core (chrt -f 10; taskset -c " + String.join(",", started) + ")";
    }

    private void read(Process p) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.trim().split(" ");
                if (f.length == 2 && f[0].matches("\\d+") && f[1].matches("\\d+")) {
                    cores.add(new Stall(Long.parseLong(f[0]), Long.parseLong(f[1])));
                }
            }
        } catch (IOException e) {
            // the probe ended with the bench
        }
    }

    /** The pauses of any core from [from, to) (epoch ms): how many, and the ms they took. */
    long[] corePauses(long fromMillis, long toMillis) {
        long n = 0;
        long ms = 0;
        for (Stall s : cores) {
            if (s.atMillis() >= fromMillis && s.atMillis() < toMillis) {
                n++;
                ms += s.lateMillis();
            }
        }
        return new long[] {n, ms};
    }

    /** The longest pause of a core and of the generator's event loop from [from, to) (epoch ms), in ms. */
    long[] worst(long fromMillis, long toMillis) {
        return new long[] {worst(cores, fromMillis, toMillis), worst(eventLoop, fromMillis, toMillis)};
    }

    private static long worst(ConcurrentLinkedQueue<Stall> stalls, long fromMillis, long toMillis) {
        return stalls.stream()
                .filter(s -> s.atMillis() >= fromMillis && s.atMillis() < toMillis)
                .mapToLong(Stall::lateMillis)
                .max()
                .orElse(0);
    }
}
