package vn.motcua.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.motcua.stack.PackagedService;

/** One packaged service (through the local stack's launcher) or Prometheus, as its own process with a log file. */
final class ServiceProcess {
    final String name;
    final int port;
    /** Health and metrics: a service's management interface; Prometheus serves them on its one port. */
    final int managementPort;

    final Path log;
    private final Process process;
    private final PackagedService jar;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.jar = null;
    }

    private ServiceProcess(PackagedService jar) {
        this.name = jar.name;
        this.port = jar.port;
        this.managementPort = jar.managementPort;
        this.log = jar.log;
        this.process = null;
        this.jar = jar;
    }

    /** A port for a process started later: see {@link FreePorts}, why not port 0. */
    static int freePort() {
        return FreePorts.take(1);
    }

    /** A free port whose next one is free too: the portal simulator serves its control API on port + 1. */
    static int freePortPair() {
        return FreePorts.take(2);
    }

    static ServiceProcess start(
            String name, int port, List<String> command, Map<String, String> env, String readyPath) {
        return start(name, port, port, command, env, readyPath);
    }

    static ServiceProcess start(
            String name,
            int port,
            int managementPort,
            List<String> command,
            Map<String, String> env,
            String readyPath) {
        try {
            Path log = Path.of("target/e2e-logs/" + name + ".log");
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            var started = new ServiceProcess(name, port, managementPort, log, builder.start());
            started.awaitReady(readyPath, Duration.ofSeconds(120));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    static ServiceProcess startJar(String service, int port, Map<String, String> env) {
        return startJar(service, port, freePort(), env);
    }

    /**
     * A packaged service, through the project's one launcher for packaged jars (the local stack's
     * {@link PackagedService}). With a given management port: a restarted instance keeps the address Prometheus
     * scrapes.
     */
    static ServiceProcess startJar(String service, int port, int managementPort, Map<String, String> env) {
        try (var probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new IllegalStateException(
                    "port " + port + " for " + service + " is in use (services of `deploy/stack up`? stop them)");
        }
        PackagedService started = PackagedService.start(
                Path.of("../../" + service + "/target/quarkus-app/quarkus-run.jar"),
                service + "-" + port,
                port,
                managementPort,
                "-Xmx384m",
                env,
                "/q/health/ready",
                Path.of("target/e2e-logs"));
        return new ServiceProcess(started);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    boolean alive() {
        return jar != null ? jar.alive() : process.isAlive();
    }

    private void awaitReady(String path, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died during start-up; see " + log.toAbsolutePath());
            }
            try {
                var c = (HttpURLConnection)
                        URI.create(managementUrl() + path).toURL().openConnection();
                c.setConnectTimeout(1000);
                // A port taken by a listener that never answers must not hold the start-up loop forever.
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(Duration.ofMillis(250));
        }
        process.destroyForcibly();
        throw new IllegalStateException(
                name + " not ready in " + timeout.toSeconds() + " s; see " + log.toAbsolutePath());
    }

    /** SIGTERM, as an orchestrator would, and wait for it to finish. */
    void stop() {
        if (jar != null) {
            jar.stop();
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGTERM to each of them at once, as an orchestrator stopping a whole system would, then waits for all: each
     * stop takes seconds (readiness down, drain, consumers closed), one after another they added up.
     */
    static void stopAll(Collection<ServiceProcess> processes) {
        List<Thread> stopping = processes.stream()
                .filter(p -> p != null && p.alive())
                .map(p -> new Thread(p::stop, "stop-" + p.name))
                .toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** kill -9: no shutdown hooks, nothing flushed. */
    void kill() {
        if (jar != null) {
            jar.kill();
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
