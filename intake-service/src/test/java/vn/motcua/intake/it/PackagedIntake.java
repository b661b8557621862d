package vn.motcua.intake.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One instance of the packaged intake-service (target/quarkus-app), started as its own process with the
 * production configuration pointed at the local stack, as a second replica would run in a cluster.
 */
final class PackagedIntake implements AutoCloseable {
    static final String MARIADB_PORT = System.getenv().getOrDefault("STACK_MARIADB_PORT", "3306");
    static final String KAFKA_PORT = System.getenv().getOrDefault("STACK_KAFKA_PORT", "9092");
    static final String KEYCLOAK = "http://127.0.0.1:" + System.getenv().getOrDefault("STACK_KEYCLOAK_PORT", "8180");

    final int port;
    final int managementPort;
    final Path log;
    private final Process process;

    private PackagedIntake(int port, int managementPort, Path log, Process process) {
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts instance {@code name} and waits until it reports ready. */
    static PackagedIntake start(String name, String trackingUrl) throws IOException, InterruptedException {
        return start(name, trackingUrl, "127.0.0.1:" + KAFKA_PORT, "/q/health/ready", Map.of());
    }

    /** With settings of its own (they win over the defaults below). */
    static PackagedIntake start(String name, String trackingUrl, Map<String, String> extra)
            throws IOException, InterruptedException {
        return start(name, trackingUrl, "127.0.0.1:" + KAFKA_PORT, "/q/health/ready", extra);
    }

    /** With another Kafka address; {@code healthPath} is what "started" means (readiness needs Kafka). */
    static PackagedIntake start(
            String name, String trackingUrl, String kafka, String healthPath, Map<String, String> extra)
            throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run this test with mvn verify");
        }
        int port = freePort();
        int managementPort = freePort();
        Path log = Path.of("target/it-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(port),
                        "QUARKUS_MANAGEMENT_PORT",
                        Integer.toString(managementPort),
                        "DB_URL",
                        "jdbc:mariadb://127.0.0.1:" + MARIADB_PORT + "/intake_test",
                        "DB_USERNAME",
                        "intake",
                        "DB_PASSWORD",
                        "intake-local-pw",
                        "KAFKA_BOOTSTRAP_SERVERS",
                        kafka,
                        // Its own consumer group, so it never takes partitions from a locally running service.
                        "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID",
                        "intake-it-" + name + "-" + port,
                        "OIDC_AUTH_SERVER_URL",
                        KEYCLOAK + "/realms/motcua",
                        "OIDC_CLIENT_SECRET",
                        "intake-service-local-secret",
                        "TRACKING_URL",
                        trackingUrl));
        builder.environment().put("APPLICANT_ID_KEYS", "it:it-only-applicant-id-key-not-for-production");
        builder.environment()
                .putAll(Map.of(
                        "KAFKA_SECURITY_PROTOCOL",
                        "SASL_PLAINTEXT",
                        "KAFKA_USERNAME",
                        "intake",
                        "KAFKA_PASSWORD",
                        "intake-kafka-local-pw"));
        builder.environment().putAll(extra);
        var instance = new PackagedIntake(port, managementPort, log, builder.start());
        instance.awaitReady(healthPath, Duration.ofSeconds(90));
        return instance;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: the management interface. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    private void awaitReady(String healthPath, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                var lines = Files.readAllLines(log);
                throw new IllegalStateException("instance died during start-up; the end of " + log.toAbsolutePath()
                        + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
            try {
                var c = (HttpURLConnection)
                        URI.create(managementUrl() + healthPath).toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("instance not ready after " + timeout + "; see " + log.toAbsolutePath());
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** kill -9: no shutdown hook, no drain, leases and offsets left as they are. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
