package vn.motcua.intake.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.stack.PackagedService;

/**
 * One instance of the packaged intake-service, started through the project's launcher for packaged jars with the
 * production configuration pointed at the local stack, as a second replica would run in a cluster.
 */
final class PackagedIntake implements AutoCloseable {
    static final String KAFKA_PORT = System.getenv().getOrDefault("STACK_KAFKA_PORT", "9092");
    static final String KEYCLOAK = "http://127.0.0.1:" + System.getenv().getOrDefault("STACK_KEYCLOAK_PORT", "8180");

    private final PackagedService instance;

    private PackagedIntake(PackagedService instance) {
        this.instance = instance;
    }

    /** Starts instance {@code name} and waits until it reports ready. */
    static PackagedIntake start(String name, String trackingUrl) {
        return start(name, trackingUrl, "127.0.0.1:" + KAFKA_PORT, Map.of());
    }

    /** With settings of its own (they win over the defaults below). */
    static PackagedIntake start(String name, String trackingUrl, Map<String, String> extra) {
        return start(name, trackingUrl, "127.0.0.1:" + KAFKA_PORT, extra);
    }

    /** With another Kafka address (started means ready, which a broker outage does not change). */
    static PackagedIntake start(String name, String trackingUrl, String kafka, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(PackagedService.localStack("intake", "intake_test"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("TRACKING_URL", trackingUrl);
        // Its own consumer group, so it never takes partitions from a locally running service.
        env.put("MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID", "intake-it-" + name + "-" + System.nanoTime());
        env.put("APPLICANT_ID_KEYS", "it:it-only-applicant-id-key-not-for-production");
        env.putAll(extra);
        return new PackagedIntake(PackagedService.start(
                Path.of("target/quarkus-app/quarkus-run.jar"),
                name,
                0,
                0,
                "-Xmx256m",
                env,
                "/q/health/ready",
                Path.of("target/it-logs")));
    }

    String url() {
        return instance.url();
    }

    /** Health and metrics: the management interface. */
    String managementUrl() {
        return instance.managementUrl();
    }

    static int freePort() {
        return PackagedService.freePort();
    }

    /** kill -9: no shutdown hook, no drain, leases and offsets left as they are. */
    void kill() {
        instance.kill();
    }

    /** What {@link PackagedService#failuresAtShutdown()} says of this instance. */
    List<String> failuresAtShutdown() throws java.io.IOException {
        return instance.failuresAtShutdown();
    }

    @Override
    public void close() {
        instance.close();
    }
}
