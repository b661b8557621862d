package vn.motcua.e2e.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How long the JIT compilers of every HotSpot JVM of this user on the machine have compiled: the counter
 * {@code java.ci.totalTime} of each JVM's perf data ({@code /tmp/hsperfdata_<user>/<pid>}, what jstat reads).
 * On two shared cores, compiling is most of the CPU for minutes after a JVM starts.
 */
record JitMeter(Map<String, Double> secondsByJvm) {
    private static final int MAGIC = 0xcafec0c0;

    static JitMeter now() {
        Map<String, Double> seconds = new HashMap<>();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"));
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f ->
                    compileSeconds(f).ifPresent(s -> seconds.put(f.getFileName().toString(), s)));
        } catch (Exception e) {
            // No perf data (another OS, -XX:-UsePerfData): nothing to report.
        }
        return new JitMeter(seconds);
    }

    /** Compiling time since {@code before}, summed over the JVMs (a JVM started since counts from its start). */
    double secondsSince(JitMeter before) {
        double total = 0;
        for (var e : secondsByJvm.entrySet()) {
            total += Math.max(0, e.getValue() - before.secondsByJvm.getOrDefault(e.getKey(), 0.0));
        }
        return total;
    }

    private static Optional<Double> compileSeconds(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
            if (b.getInt(0) != MAGIC) {
                return Optional.empty();
            }
            b.order(b.get(4) == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            Map<String, Long> counters = new HashMap<>();
            int entry = b.getInt(24);
            for (int i = 0, n = b.getInt(28); i < n; i++) {
                int nameAt = entry + b.getInt(entry + 4);
                int nameEnd = nameAt;
                while (b.get(nameEnd) != 0) {
                    nameEnd++;
                }
                String name = new String(b.array(), nameAt, nameEnd - nameAt, StandardCharsets.US_ASCII);
                if (b.getInt(entry + 8) == 0 && b.get(entry + 12) == 'J') { // a scalar long
                    counters.put(name, b.getLong(entry + b.getInt(entry + 16)));
                }
                entry += b.getInt(entry);
            }
            Long ticks = counters.get("java.ci.totalTime");
            Long frequency = counters.get("sun.os.hrt.frequency");
            return ticks == null || frequency == null || frequency == 0
                    ? Optional.empty()
                    : Optional.of(ticks / (double) frequency);
        } catch (Exception e) {
            return Optional.empty(); // a JVM that exited meanwhile, or a file being written
        }
    }
}
