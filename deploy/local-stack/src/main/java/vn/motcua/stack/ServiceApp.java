package vn.motcua.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the project's Quarkus services, run from its packaged jar against the local stack. */
final class ServiceApp extends ManagedServer {
    /** The ID-number HMAC key of the local stack (the services' dev and test key): never a production value. */
    static final String LOCAL_APPLICANT_ID_KEYS = "local:local-stack-only-applicant-id-key-0001";

    private final String service;
    private final int port;
    /** 0 on the single-node stack; 1 or 2 for the cluster mode's instances, which use the clusters. */
    private final int instance;

    ServiceApp(StackConfig config, String service, int port) {
        this(config, service, port, 0);
    }

    ServiceApp(StackConfig config, String service, int port, int instance) {
        super(config);
        this.service = service;
        this.port = port;
        this.instance = instance;
    }

    @Override
    String name() {
        return service + "-service" + (instance == 0 ? "" : "-" + instance);
    }

    private Path jarDir() {
        return config.root().resolve(service + "-service");
    }

    @Override
    int port() {
        return port;
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: the management interface, the API port + 1000 (9081–9083). */
    static int managementPort(int port) {
        return port + 1000;
    }

    private Path jar() {
        return jarDir().resolve("target/quarkus-app/quarkus-run.jar");
    }

    @Override
    void prepare(Progress progress) {
        if (!Files.isRegularFile(jar())) {
            throw new StackException(name() + " is not built: " + jar() + " is missing (run deploy/stack up)");
        }
    }

    /** Every bench measured the services with this heap; the container images give them the same (half the limit). */
    static final int HEAP_MIB = 512;

    /**
     * The whole heap from the start: grown from 64 MiB, G1 kept the young generation at 25-70 MiB, so at 200
     * requests/s intake collected two to four times a second and promoted short-lived objects (docs/benchmarks.md).
     */
    @Override
    List<String> command() {
        String heap = HEAP_MIB + "m";
        return List.of(KafkaBroker.javaExecutable(), "-Xms" + heap, "-Xmx" + heap, "-jar", jar().toString());
    }

    /** Production configuration comes from the environment; here it points at the local stack. */
    @Override
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(
                instance == 0
                        ? PackagedService.localStack(config, service, service)
                        : PackagedService.cluster(config, service, service));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort(port)));
        if (service.equals("intake")) {
            env.put("PORTAL_URL", "http://127.0.0.1:" + config.portalPort());
            env.put("PORTAL_USERNAME", PortalSimulatorServer.USER);
            env.put("PORTAL_PASSWORD", PortalSimulatorServer.PASSWORD);
            // On by default; PORTAL_SYNC_ENABLED=false deploy/stack up starts intake without it (to measure its cost).
            env.put("PORTAL_SYNC_ENABLED", System.getenv().getOrDefault("PORTAL_SYNC_ENABLED", "true"));
        }
        if (service.equals("notification")) {
            // No mail server or SMS gateway on the local stack: messages are written to the service's log instead.
            env.put("SMTP_MOCK", "true");
            env.put("SMS_MOCK", "true");
            // The packaged service requires them (it never falls back to local values); mocks never use them.
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMS_GATEWAY_URL", "http://127.0.0.1:8089");
            env.put("SMS_API_KEY", "local-stack-unused");
        }
        return env;
    }

    @Override
    boolean isReady() {
        return Ports.httpStatus("http://127.0.0.1:" + managementPort(port) + "/q/health/ready") == 200;
    }
}
