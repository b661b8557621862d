package vn.motcua.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts servers as detached processes that outlive the launcher, and finds and stops them by pid file. */
final class Processes {
    private Processes() {}

    static long startDetached(List<String> command, Path workDir, Path log, Path pidFile, Map<String, String> env) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            // setsid puts the server in its own session, so closing the terminal does not stop it.
            List<String> full = new ArrayList<>();
            full.add("setsid");
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            long pid = pb.start().pid();
            Files.writeString(pidFile, Long.toString(pid));
            return pid;
        } catch (IOException e) {
            throw new StackException("could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves a log past {@code limit} bytes to {@code <name>.1}, replacing the one there: a server appends to its log
     * across starts, and a few benches made the services' logs half a gigabyte each. Two files stay.
     */
    static void rotate(Path log, long limit) {
        try {
            if (Files.isRegularFile(log) && Files.size(log) > limit) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StackException("could not rotate " + log + ": " + e.getMessage(), e);
        }
    }

    static Optional<ProcessHandle> running(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM, then SIGKILL after the grace period; removes the pid file. Returns whether it was running. */
    static boolean stop(Path pidFile, Duration grace) {
        Optional<ProcessHandle> handle = running(pidFile);
        handle.ifPresent(p -> {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            try {
                p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is harmless: running() checks the process
        }
        return handle.isPresent();
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static Duration sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
        return d;
    }
}
