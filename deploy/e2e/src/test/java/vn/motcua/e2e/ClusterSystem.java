package vn.motcua.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.motcua.stack.PackagedService;
import vn.motcua.stack.RoundRobinProxy;
import vn.motcua.stack.portal.PortalSimulator;

/**
 * The cluster mode for the fault test: three Galera nodes and three Kafka nodes started by deploy/stack, two
 * instances of each packaged service on them (their *_test schemas, emptied at the first start), intake and
 * tracking each behind a round-robin proxy in this JVM, and a national-portal simulator, SMTP server and SMS stub
 * of this test's own.
 */
final class ClusterSystem {
    static final String KAFKA = "127.0.0.1:9192,127.0.0.1:9292,127.0.0.1:9392";
    static final List<String> SERVICES = List.of("tracking", "intake", "notification");
    final GreenMail smtp = Mailbox.server();
    final WireMockServer sms = new WireMockServer(wireMockConfig().dynamicPort());
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final int portalPort = ServiceProcess.freePortPair(); // its control API is on portalPort + 1
    final int intakePort = ServiceProcess.freePort();
    final int trackingPort = ServiceProcess.freePort();
    /** Each service's two instances; a killed one is replaced by a new one on the same ports. */
    final Map<String, List<ServiceProcess>> instances = new HashMap<>();
    /** Restarts in flight: stop() waits for them, or an instance started after it would be left running. */
    private final List<Future<?>> restarts = new ArrayList<>();

    private final ExecutorService restarter = Executors.newCachedThreadPool();

    static Path data() {
        return Path.of(System.getenv()
                .getOrDefault(
                        "STACK_DATA_DIR",
                        PackagedSystem.root().resolve("deploy/local-stack/data").toString()));
    }

    void start() throws Exception {
        // deploy/stack test starts the cluster mode's servers in the background while the other tests run.
        Path starting = data().resolve("run").resolve("cluster-start.pid");
        if (Files.isRegularFile(starting)) {
            ProcessHandle.of(Long.parseLong(Files.readString(starting).trim()))
                    .ifPresent(p -> p.onExit().join());
        }
        FaultToleranceIT.stack("start", "--cluster");
        PortalSimulator.main(new String[] {Integer.toString(portalPort)});
        smtp.start();
        sms.start();
        sms.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202)));
        try (Admin admin = Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)))) {
            ConsumerGroups.startAtEnd(admin, group("intake"), "dossier-status-events");
            ConsumerGroups.startAtEnd(admin, group("notification"), "dossier-status-events");
            ConsumerGroups.startAtEnd(admin, group("tracking"), "dossier-intake-events");
            ConsumerGroups.startAtEnd(admin, group("notification"), "dossier-intake-events");
            ConsumerGroups.startAtEnd(admin, group("tracking-agencies"), "agency-events");
            ConsumerGroups.startAtEnd(admin, group("notification-agencies"), "agency-events");
        }
        List<Integer> trackingPorts = List.of(ServiceProcess.freePort(), ServiceProcess.freePort());
        List<Integer> intakePorts = List.of(ServiceProcess.freePort(), ServiceProcess.freePort());
        List<Integer> notificationPorts = List.of(ServiceProcess.freePort(), ServiceProcess.freePort());
        Map<String, List<Integer>> ports =
                Map.of("tracking", trackingPorts, "intake", intakePorts, "notification", notificationPorts);
        RoundRobinProxy.inBackground(
                trackingPort, trackingPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        RoundRobinProxy.inBackground(
                intakePort, intakePorts.stream().map(p -> "127.0.0.1:" + p).toList());
        // Fresh schemas (each service's user owns its *_test schema). The first instance of each service migrates
        // its schema, the second starts on the result: Flyway cannot lock a schema on Galera (no named locks
        // across the cluster, DDL commits at once), so two instances migrating together corrupt its history.
        for (String s : SERVICES) {
            try (var c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3311/", s, s + "-local-pw");
                    var st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + s + "_test");
                st.execute("CREATE DATABASE " + s + "_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(SERVICES.size());
        for (int k = 0; k < 2; k++) {
            int instance = k;
            Map<String, Future<ServiceProcess>> started = new HashMap<>();
            for (String s : SERVICES) {
                started.put(
                        s,
                        pool.submit(() -> ServiceProcess.startJar(
                                s + "-service", ports.get(s).get(instance), env(s))));
            }
            for (String s : SERVICES) {
                instances
                        .computeIfAbsent(s, x -> new ArrayList<>())
                        .add(started.get(s).get(5, TimeUnit.MINUTES));
            }
        }
        pool.shutdown();
    }

    String group(String consumer) {
        return consumer + "-cluster-" + run;
    }

    String intakeUrl() {
        return "http://127.0.0.1:" + intakePort;
    }

    String trackingUrl() {
        return "http://127.0.0.1:" + trackingPort;
    }

    Map<String, String> env(String service) {
        Map<String, String> env = new HashMap<>(PackagedService.cluster(service, service + "_test"));
        switch (service) {
            case "intake" ->
                env.putAll(Map.of(
                        "TRACKING_URL",
                        trackingUrl(),
                        "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID",
                        group("intake"),
                        "PORTAL_SYNC_ENABLED",
                        "true",
                        "PORTAL_URL",
                        "http://127.0.0.1:" + portalPort,
                        "PORTAL_USERNAME",
                        "motcua",
                        "PORTAL_PASSWORD",
                        "motcua-local",
                        // a killed instance's leased dossiers go to the other one after this (production: 60 s)
                        "INTAKE_PORTAL_LEASE",
                        "20s"));
            case "tracking" ->
                env.putAll(Map.of(
                        "INTAKE_URL", intakeUrl(),
                        "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID", group("tracking"),
                        "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID", group("tracking-agencies")));
            default ->
                env.putAll(Map.of(
                        "SMTP_HOST", "127.0.0.1",
                        "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                        "SMS_GATEWAY_URL", sms.baseUrl(),
                        "SMS_API_KEY", "cluster-key",
                        "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID", group("notification"),
                        "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID", group("notification"),
                        "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID", group("notification-agencies"),
                        "NOTIFICATION_QUIET_HOURS_START", "00:00",
                        "NOTIFICATION_QUIET_HOURS_END", "00:00"));
        }
        return env;
    }

    /** kill -9 of a service instance; a new one on the same ports after the pause, started on another thread. */
    Future<?> killAndRestart(String service, int index, java.time.Duration down) {
        ServiceProcess old = instances.get(service).get(index);
        old.kill();
        Future<?> restart = restarter.submit(() -> {
            ServiceProcess.sleep(down);
            instances
                    .get(service)
                    .set(
                            index,
                            ServiceProcess.startJar(service + "-service", old.port, old.managementPort, env(service)));
        });
        synchronized (restarts) {
            restarts.add(restart);
        }
        return restart;
    }

    /** kill -9 of a server the launcher started (galera-1, kafka-2, …), by its pid file. */
    static void killServer(String name) throws IOException {
        long pid = Long.parseLong(
                Files.readString(data().resolve("run").resolve(name + ".pid")).trim());
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " is not running"));
        p.destroyForcibly();
        p.onExit().join();
    }

    void stop() {
        // A test that failed while other instances were still starting (one restart died) must not leave those
        // running after it: they would take the next run's work from the shared test schemas.
        synchronized (restarts) {
            for (Future<?> restart : restarts) {
                try {
                    restart.get(3, TimeUnit.MINUTES);
                } catch (Exception e) {
                    // a restart that failed left nothing running; one still starting is stopped below if it came up
                }
            }
        }
        restarter.shutdownNow();
        ServiceProcess.stopAll(instances.values().stream().flatMap(List::stream).toList());
        smtp.stop();
        sms.stop();
    }
}
