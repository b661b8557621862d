package vn.motcua.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The whole system as it runs in production, started once for all end-to-end tests: the three packaged
 * services on the local stack's MariaDB, Kafka and Keycloak (their *_test databases, emptied at the first
 * start; consumer groups of their own, committed at the end of each topic), a real SMTP server and an SMS
 * gateway stub in this JVM, and Debian's Prometheus scraping every 2 s.
 */
final class PackagedSystem {
    static final String MARIADB = "127.0.0.1:" + env("STACK_MARIADB_PORT", "3306");
    static final String KAFKA = "127.0.0.1:" + env("STACK_KAFKA_PORT", "9092");
    static final String KEYCLOAK = "http://127.0.0.1:" + env("STACK_KEYCLOAK_PORT", "8180");
    static final int INTAKE_PORT = 8081;
    static final int TRACKING_PORT = 8082;
    private static PackagedSystem instance;

    final GreenMail smtp = Mailbox.server();
    final WireMockServer sms = new WireMockServer(wireMockConfig().dynamicPort());
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<ServiceProcess> trackings = new ArrayList<>();
    ServiceProcess intake;
    ServiceProcess notification;
    ServiceProcess prometheus;
    private boolean stopped;

    static synchronized PackagedSystem get() {
        if (instance == null) {
            PackagedSystem created = new PackagedSystem();
            // Registered before the start: one that fails half-way (a port in use, Prometheus missing) must not
            // leave the services it had started running after the test JVM exits.
            Runtime.getRuntime().addShutdownHook(new Thread(created::stop));
            try {
                created.start();
            } catch (RuntimeException e) {
                created.stop();
                throw e;
            }
            instance = created;
        }
        return instance;
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }

    private void start() {
        PortalSimulator.reset();
        smtp.start();
        sms.start();
        sms.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202)));
        try (Admin admin = Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)))) {
            for (String group : List.of(group("intake"), group("tracking"), group("notification-status"))) {
                ConsumerGroups.startAtEnd(admin, group, "dossier-status-events");
            }
            for (String group : List.of(group("tracking"), group("notification-intake"))) {
                ConsumerGroups.startAtEnd(admin, group, "dossier-intake-events");
            }
            for (String group : List.of(group("tracking-agencies"), group("notification-agencies"))) {
                ConsumerGroups.startAtEnd(admin, group, "agency-events");
            }
        }
        // Fixed ports: the browser logs in through Keycloak, whose client allows redirects to 8081 only, and
        // tracking allows that origin (CORS). deploy/stack test stops the services of `up` to free them.
        int trackingPort = TRACKING_PORT;
        trackings.add(ServiceProcess.startJar(
                "tracking-service", trackingPort, tracking(Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "true"))));
        intake = ServiceProcess.startJar("intake-service", INTAKE_PORT, intake(true));
        notification = ServiceProcess.startJar(
                "notification-service",
                ServiceProcess.freePort(),
                common(
                        "notification",
                        Map.of(
                                "QUARKUS_FLYWAY_CLEAN_AT_START",
                                "true",
                                "SMTP_HOST",
                                "127.0.0.1",
                                "SMTP_PORT",
                                Integer.toString(smtp.getSmtp().getPort()),
                                "SMS_GATEWAY_URL",
                                sms.baseUrl(),
                                "SMS_API_KEY",
                                "e2e-key",
                                "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID",
                                group("notification-status"),
                                "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID",
                                group("notification-intake"),
                                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID",
                                group("notification-agencies"),
                                // Quiet hours would hold SMS whenever the suite runs at night.
                                "NOTIFICATION_QUIET_HOURS_START",
                                "00:00",
                                "NOTIFICATION_QUIET_HOURS_END",
                                "00:00")));
        prometheus = Prometheus.start(
                List.of(intake.managementUrl(), tracking().managementUrl(), notification.managementUrl()));
    }

    String group(String consumer) {
        // Named after the consuming service first: its principal may only use groups with its name as prefix.
        return consumer + "-e2e-" + run;
    }

    ServiceProcess tracking() {
        return trackings.get(0);
    }

    /** Tracking's environment; extra settings win. Every instance joins the same consumer group. */
    Map<String, String> tracking(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID",
                group("tracking"),
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID",
                group("tracking-agencies"),
                // The deadline watch and the gauges refresh every 2 s instead of every minute (or five).
                "TRACKING_DEADLINE_WATCH_EVERY",
                "2s",
                "TRACKING_SCORECARD_GAUGES_EVERY",
                "2s"));
        env.putAll(extra);
        return common("tracking", env);
    }

    /** SIGTERM to intake, as a rolling update would send, then the same jar again on the same ports. */
    ServiceProcess restartIntake() {
        intake.stop();
        intake = ServiceProcess.startJar("intake-service", intake.port, intake.managementPort, intake(false));
        return intake;
    }

    private Map<String, String> intake(boolean cleanSchema) {
        Map<String, String> env = new HashMap<>(common(
                "intake",
                Map.of(
                        "TRACKING_URL",
                        tracking().url(),
                        "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID",
                        group("intake"),
                        // The local stack's portal simulator: the pipeline dashboard's portal panels need its calls.
                        "PORTAL_SYNC_ENABLED",
                        "true",
                        "PORTAL_URL",
                        "http://127.0.0.1:" + env("STACK_PORTAL_PORT", "8095"),
                        "PORTAL_USERNAME",
                        "motcua",
                        "PORTAL_PASSWORD",
                        "motcua-local",
                        // A second, not 30: FaultToleranceIT's receipts while tracking is down must go without an
                        // appointment (and get it from tracking's event) a second after the kill.
                        "INTAKE_APPOINTMENT_REUSE_FOR",
                        "1s")));
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", Boolean.toString(cleanSchema));
        // As in production but shorter: readiness DOWN while it still answers, then the stop (IntakeShutdownIT).
        env.put("QUARKUS_SHUTDOWN_DELAY", "4s");
        return env;
    }

    /** Replaces tracking instance i by a new one on the same port (after a kill or a stop). */
    ServiceProcess restartTracking(int i, Map<String, String> extra) {
        ServiceProcess old = trackings.get(i);
        ServiceProcess fresh =
                ServiceProcess.startJar("tracking-service", old.port, old.managementPort, tracking(extra));
        trackings.set(i, fresh);
        return fresh;
    }

    ServiceProcess addTracking() {
        ServiceProcess second =
                ServiceProcess.startJar("tracking-service", ServiceProcess.freePort(), tracking(Map.of()));
        trackings.add(second);
        return second;
    }

    private static Map<String, String> common(String service, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_URL",
                "jdbc:mariadb://" + MARIADB + "/" + service + "_test",
                "DB_USERNAME",
                service,
                "DB_PASSWORD",
                service + "-local-pw",
                "KAFKA_BOOTSTRAP_SERVERS",
                KAFKA,
                "OIDC_AUTH_SERVER_URL",
                KEYCLOAK + "/realms/motcua",
                "OIDC_CLIENT_SECRET",
                service + "-service-local-secret",
                "QUARKUS_FLYWAY_CLEAN_DISABLED",
                "false"));
        env.put("APPLICANT_ID_KEYS", "e2e:e2e-only-applicant-id-key-not-for-production");
        // No balancer to drop an instance here: stops are immediate, except intake's (IntakeShutdownIT).
        env.put("QUARKUS_SHUTDOWN_DELAY", "0s");
        env.putAll(Map.of(
                "KAFKA_SECURITY_PROTOCOL",
                "SASL_PLAINTEXT",
                "KAFKA_USERNAME",
                service,
                "KAFKA_PASSWORD",
                service + "-kafka-local-pw"));
        env.putAll(extra);
        return env;
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ServiceProcess> all = new ArrayList<>(trackings);
        all.add(intake);
        all.add(notification);
        all.add(prometheus);
        ServiceProcess.stopAll(all);
        smtp.stop();
        sms.stop();
    }

    static Path root() {
        return Path.of("../..").toAbsolutePath().normalize();
    }
}
