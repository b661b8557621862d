package vn.motcua.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The load generator's scheduling priority. It stands for browsers and counter PCs on other machines, but here it
 * shares the two cores with the platform: at the same priority it queues behind the work it measures and its own
 * delay is counted as the platform's latency. So while it drives load its threads run at a higher priority
 * (BENCH_GENERATOR_NICE, default -10; 0 leaves it as it is), and at the normal one while the raw-JDBC loop runs, whose
 * client must not take the database's cores first. Linux keeps a nice value per thread and a new thread inherits its
 * creator's, so every thread of this JVM is set each time.
 */
final class GeneratorPriority {
    private final int raised;
    private String refused = "";

    GeneratorPriority() {
        this.raised = Integer.parseInt(System.getenv().getOrDefault("BENCH_GENERATOR_NICE", "-10"));
    }

    /** Raises the generator's priority, and says how it now runs. */
    String raise() {
        if (raised == 0) {
            return "nice 0, as the platform (BENCH_GENERATOR_NICE=0)";
        }
        int threads = set(raised);
        return threads > 0
                ? "nice " + raised + " on its " + threads + " threads while it drives load (0 for the raw-JDBC loop):"
                        + " clients on other machines do not queue behind the platform"
                : "nice 0, as the platform: " + refused;
    }

    /** Back to the platform's priority (for the raw-JDBC loop). */
    void normal() {
        if (raised != 0) {
            set(0);
        }
    }

    private int set(int nice) {
        List<String> command = new ArrayList<>(List.of("renice", "--priority", Integer.toString(nice), "-p"));
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(t -> t.getFileName().toString()).forEach(command::add);
        } catch (IOException e) {
            refused = "no /proc/self/task (" + e.getMessage() + ")";
            return 0;
        }
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            // Its exit code also counts threads that ended meanwhile; whether this thread changed says if it may.
            if (currentNice() != nice) {
                refused = "renice refused (not root, no CAP_SYS_NICE)";
                return 0;
            }
        } catch (IOException e) {
            refused = "no renice (" + e.getMessage() + ")";
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refused = "interrupted";
            return 0;
        }
        return command.size() - 4;
    }

    /** This thread's nice value: the 19th field of its stat line, the 17th after the command's closing bracket. */
    private static int currentNice() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
