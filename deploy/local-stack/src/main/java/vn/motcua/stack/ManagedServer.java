package vn.motcua.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One real server of the local stack: prepared once, started detached, probed until ready, stopped by pid. */
abstract class ManagedServer {
    /** A log past this size is set aside at the next start (one older file kept). */
    static final long LOG_LIMIT_BYTES = 64L << 20;

    protected final StackConfig config;

    ManagedServer(StackConfig config) {
        this.config = config;
    }

    abstract String name();

    abstract int port();

    /** What a user connects to, for the status table and the start banner. */
    abstract String url();

    /** Unpacks or initialises what the server needs on disk; cheap when already done. */
    abstract void prepare(Progress progress);

    abstract List<String> command();

    abstract boolean isReady();

    Map<String, String> environment() {
        return Map.of();
    }

    Path workDir() {
        return config.dir(name());
    }

    Duration startTimeout() {
        return Duration.ofSeconds(90);
    }

    /** Work that needs the running server (databases, topics); must be idempotent. */
    void afterStart(Progress progress) {}

    final Path log() {
        return config.logFile(name());
    }

    final Optional<ProcessHandle> process() {
        return Processes.running(config.pidFile(name()));
    }

    final void start(Progress progress) {
        if (!alreadyRunning(progress)) {
            awaitReady(progress, launch(progress));
        }
    }

    /** Whether a server of the same kind must be launched with this one before either can be ready (a quorum). */
    boolean startsWithOthers() {
        return false;
    }

    final boolean alreadyRunning(Progress progress) {
        if (process().isPresent() && !isReady()) {
            // Ours, but busy (a loaded machine) or still starting: wait for it rather than start another.
            progress.step(name(), "running (pid " + process().get().pid() + "), waiting until it answers");
            awaitReady(progress, System.nanoTime());
            return true;
        }
        if (process().isPresent()) {
            progress.step(
                    name(),
                    "already running at " + url() + " (pid " + process().get().pid() + ")");
            afterStart(progress);
            return true;
        }
        if (Ports.isOpen(port())) {
            throw new StackException("port " + port() + " needed by " + name() + " is taken by another process."
                    + " Stop that process, or set STACK_EXTERNAL=" + name() + " to use it as an external server.");
        }
        return false;
    }

    /** Prepares and starts the process; returns when it started (System.nanoTime). */
    final long launch(Progress progress) {
        Processes.rotate(log(), LOG_LIMIT_BYTES); // before prepare, which may write to it (Kafka's format)
        prepare(progress);
        long started = System.nanoTime();
        long pid = Processes.startDetached(command(), workDir(), log(), config.pidFile(name()), environment());
        progress.step(name(), "starting (pid " + pid + ", log " + log() + ")");
        return started;
    }

    final void awaitReady(Progress progress, long started) {
        long deadline = started + startTimeout().toNanos();
        while (!isReady()) {
            if (process().isEmpty()) {
                throw new StackException(
                        name() + " exited during start-up; see " + log() + ":\n" + Processes.tail(log(), 25));
            }
            if (System.nanoTime() > deadline) {
                Processes.stop(config.pidFile(name()), Duration.ofSeconds(10));
                throw new StackException(name() + " was not ready after "
                        + startTimeout().toSeconds() + " s; see " + log() + ":\n" + Processes.tail(log(), 25));
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        afterStart(progress);
        progress.step(name(), String.format("ready at %s in %.1f s", url(), (System.nanoTime() - started) / 1e9));
    }

    final boolean stop() {
        return Processes.stop(config.pidFile(name()), Duration.ofSeconds(30));
    }

    final String status() {
        Optional<ProcessHandle> p = process();
        if (p.isPresent()) {
            return (isReady() ? "running  " : "starting ") + url() + " (pid "
                    + p.get().pid() + ")";
        }
        return Ports.isOpen(port()) ? "port " + port() + " is used by a process the launcher did not start" : "stopped";
    }
}
