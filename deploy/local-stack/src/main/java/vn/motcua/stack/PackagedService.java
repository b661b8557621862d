package vn.motcua.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * One of the project's services run from its packaged jar ({@code target/quarkus-app/quarkus-run.jar}) as a process
 * of its own, with the production configuration from the environment: the one launcher the tests use to run
 * replicas, restart and kill -9 them (the services' {@code *IT}s and deploy/e2e). {@link #localStack} gives the
 * environment that points a service at the local stack; callers add or override what they test.
 */
public final class PackagedService implements AutoCloseable {
    /**
     * The client compiler only: the tests start a few dozen instances that live for seconds to minutes, and on two
     * cores C2's compilations during start-up cost more than they return (start-up CPU about halved, measured on
     * intake), with the default JIT's code cache (C1 alone gets 48 MB). The launcher's own services ({@link
     * ServiceApp}, used by the benches) keep the default JIT.
     */
    static final List<String> TEST_JIT = List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m");

    public final String name;
    public final int port;
    public final int managementPort;
    public final Path log;
    private final long logStart;
    private final Process process;

    private PackagedService(String name, int port, int managementPort, Path log, long logStart, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.logStart = logStart;
        this.process = process;
    }

    /**
     * Starts {@code jar} and waits until {@code readyPath} on the management port answers 200 and the API port
     * answers at all. A port of 0 takes a free one; the log goes to {@code logDir/name.log} (appended, so a
     * restarted instance keeps its history).
     */
    public static PackagedService start(
            Path jar,
            String name,
            int port,
            int managementPort,
            String heap,
            Map<String, String> environment,
            String readyPath,
            Path logDir) {
        return start(jar, name, port, managementPort, heap, environment, readyPath, logDir, PackagedService::freePort);
    }

    /** The same, with free ports from {@code free}. */
    static PackagedService start(
            Path jar,
            String name,
            int port,
            int managementPort,
            String heap,
            Map<String, String> environment,
            String readyPath,
            Path logDir,
            IntSupplier free) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the tests with mvn verify");
        }
        for (int attempt = 1; ; attempt++) {
            int api = port == 0 ? free.getAsInt() : port;
            int management = managementPort == 0 ? free.getAsInt() : managementPort;
            try {
                return launch(jar, name, api, management, heap, environment, readyPath, logDir);
            } catch (PortTaken e) {
                // A free port is free only until something else binds it: another instance starting beside this
                // one took it (seen in CI). Fresh ports, unless the caller chose them.
                if (attempt == PORT_ATTEMPTS || (port != 0 && managementPort != 0)) {
                    throw e;
                }
            }
        }
    }

    static final int PORT_ATTEMPTS = 3;

    /** A start-up that died because its port was taken between {@link #freePort()} and its own bind. */
    static final class PortTaken extends IllegalStateException {
        PortTaken(String message) {
            super(message);
        }
    }

    private static PackagedService launch(
            Path jar,
            String name,
            int api,
            int management,
            String heap,
            Map<String, String> environment,
            String readyPath,
            Path logDir) {
        try {
            Path log = logDir.resolve(name + ".log");
            Files.createDirectories(logDir);
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            List<String> command = new ArrayList<>(List.of(KafkaBroker.javaExecutable(), heap));
            command.addAll(TEST_JIT);
            command.addAll(List.of("-jar", jar.toString()));
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(api));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
            var started = new PackagedService(name, api, management, log, logStart, builder.start());
            started.awaitReady(readyPath, Duration.ofSeconds(120));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    /** What a service needs to run against the local stack (database, broker principal, realm, ID-number key). */
    public static Map<String, String> localStack(String service, String database) {
        return localStack(StackConfig.fromEnvironment(System.getenv()), service, database);
    }

    static Map<String, String> localStack(StackConfig config, String service, String database) {
        ServiceDatabase db = ServiceDatabase.forService(service);
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", "jdbc:mariadb://127.0.0.1:" + config.mariadbPort() + "/" + database);
        env.put("DB_USERNAME", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + config.kafkaPort());
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_USERNAME", service);
        env.put("KAFKA_PASSWORD", KafkaPrincipals.localPassword(service));
        env.put(
                "OIDC_AUTH_SERVER_URL",
                "http://127.0.0.1:" + config.keycloakPort() + "/realms/" + KeycloakServer.REALM);
        env.put("OIDC_CLIENT_SECRET", service + "-service-local-secret");
        env.put("APPLICANT_ID_KEYS", ServiceApp.LOCAL_APPLICANT_ID_KEYS);
        // Nothing routes around a local instance, so a stop needs no time for balancers to drop it.
        env.put("QUARKUS_SHUTDOWN_DELAY", "0s");
        return env;
    }

    /** The same on the cluster mode's Galera nodes (sequential failover) and three Kafka nodes. */
    public static Map<String, String> cluster(String service, String database) {
        return cluster(StackConfig.fromEnvironment(System.getenv()), service, database);
    }

    static Map<String, String> cluster(StackConfig config, String service, String database) {
        Map<String, String> env = localStack(config, service, database);
        env.put("DB_URL", GaleraNode.jdbcUrl(config, database));
        env.put("KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.clusterBootstrap(config));
        return env;
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: the management interface. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Ready: the management port's readiness answers 200 and the API port answers anything. Quarkus serves the
     * management interface before it binds the API port, so readiness alone answered 200 from an instance about to
     * die of a taken API port, whose requests then went to whatever held that port (a test hung on one, CI 6 Dec).
     */
    private void awaitReady(String path, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                List<String> lines = Files.readAllLines(log);
                String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
                String message = name + " died during start-up; the end of " + log.toAbsolutePath() + ":\n" + tail;
                throw logSinceStart().contains(PORT_IN_USE)
                        ? new PortTaken(message)
                        : new IllegalStateException(message);
            }
            if (Ports.httpStatus(managementUrl() + path) == 200 && Ports.httpStatus(url() + "/") > 0) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException(
                name + " not ready in " + timeout.toSeconds() + " s; see " + log.toAbsolutePath());
    }

    /** What Quarkus logs when a port it must bind is taken. */
    static final String PORT_IN_USE = "seems to be in use by another process";

    /** SIGTERM, as an orchestrator would, and wait for it to finish. */
    public void stop() {
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
     * The lines this instance logged, since it started, about work failing on its closed persistence unit (a
     * scheduled job, or a poll of a consumer cut off and nacked record by record) or any error Quarkus marks as
     * logged after shutdown began. A clean stop has none: it stops both while the database is still there.
     */
    public List<String> failuresAtShutdown() throws IOException {
        return logSinceStart()
                .lines()
                .filter(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d.*"))
                .filter(l -> l.contains("EntityManagerFactory is closed")
                        || l.contains("EntityManager is closed")
                        || l.contains("[Error Occurred After Shutdown]"))
                .toList();
    }

    /** What this instance logged since it started (its log is appended to across restarts). */
    private String logSinceStart() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
    }

    /** kill -9: no shutdown hook, no drain; leases and offsets are left as they are. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
