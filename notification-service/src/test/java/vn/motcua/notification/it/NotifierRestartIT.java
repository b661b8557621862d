package vn.motcua.notification.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.ConsumerGroups;
import vn.motcua.notification.SmtpServer;
import vn.motcua.notification.TestKafka;
import vn.motcua.stack.PackagedService;

/**
 * The packaged notifier is stopped in the middle of a stream of 100 received dossiers and started again,
 * then the whole stream is replayed: every citizen gets exactly one email and one SMS. A stop hands the deliveries
 * claimed in memory and not sent back to the table, due at once, so the next instance sends them without waiting
 * for the claim to end.
 */
class NotifierRestartIT {
    static final String KAFKA = "127.0.0.1:" + System.getenv().getOrDefault("STACK_KAFKA_PORT", "9092");
    static final int DOSSIERS = 100;
    static final String TOPIC = "dossier-intake-events";
    static final String DB = "jdbc:mariadb://127.0.0.1:" + System.getenv().getOrDefault("STACK_MARIADB_PORT", "3306")
            + "/notification_test";

    @Test
    void aRestartMidStreamAndAReplayNeitherLoseNorDoubleAMessage() throws Exception {
        GreenMail smtp = SmtpServer.started();
        WireMockServer sms = new WireMockServer(wireMockConfig().dynamicPort());
        sms.start();
        sms.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202)));
        String group = "notification-it-" + UUID.randomUUID();
        Map<String, String> env = env(smtp, sms, group);
        startAtEnd(group);
        List<String> events = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < DOSSIERS; i++) {
            String code = "000.00.12.H57-261128-" + run + i;
            codes.add(code);
            events.add(received(code, "it" + run + "." + i + "@example.vn"));
        }
        PackagedService first = null;
        PackagedService second = null;
        try {
            first = start(env, "notifier-a");
            produce(codes, events);
            await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= 1);
            int before = smtp.getReceivedMessages().length;
            first.stop(); // in the middle of the stream: some sent, some planned, maybe some not consumed
            assertEquals(List.of(), first.failuresAtShutdown(), "no job ran into the shutdown");
            System.out.printf("notifier-a stopped after %d of %d emails%n", before, DOSSIERS);

            second = start(env, "notifier-b");
            await().atMost(Duration.ofSeconds(90)).until(() -> smtp.getReceivedMessages().length >= DOSSIERS);
            produce(codes, events); // a replay of the whole stream
            // The replay consumed and committed, and nothing left to send: a message planned twice would be sent by
            // now.
            await().atMost(Duration.ofSeconds(60)).until(() -> committedToEnd(group + "-intake") && pending(run) == 0);
            second.stop();
            assertEquals(List.of(), second.failuresAtShutdown(), "no job ran into the shutdown");

            Map<String, Integer> perAddress = new HashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                perAddress.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
            }
            assertEquals(DOSSIERS, perAddress.size(), "every citizen was told");
            perAddress.forEach((address, n) -> assertEquals(1, n, address + " got exactly one email"));
            sms.verify(DOSSIERS, postRequestedFor(urlEqualTo("/messages")));
        } finally {
            for (PackagedService p : new PackagedService[] {first, second}) {
                if (p != null && p.alive()) {
                    p.kill();
                }
            }
            smtp.stop();
            sms.stop();
        }
    }

    @Test
    void aStopHandsTheClaimsItHasNotSentBackDueAtOnceForTheNextInstance() throws Exception {
        GreenMail smtp = SmtpServer.started();
        WireMockServer sms = new WireMockServer(wireMockConfig().dynamicPort());
        sms.start();
        // A slow gateway: most of the run's messages are still claimed in the first instance's memory at its stop.
        sms.stubFor(post(urlEqualTo("/messages"))
                .willReturn(aResponse().withStatus(202).withFixedDelay(250)));
        String group = "notification-it-" + UUID.randomUUID();
        Map<String, String> env = env(smtp, sms, group);
        env.put("NOTIFICATION_WORKER_CLAIM", "60s"); // a claim not handed back would wait a minute
        startAtEnd(group);
        List<String> events = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < DOSSIERS; i++) {
            codes.add("000.00.12.H57-261204-" + run + i);
            events.add(received(codes.get(i), "hb" + run + "." + i + "@example.vn"));
        }
        PackagedService first = null;
        PackagedService second = null;
        try {
            first = start(env, "notifier-handback-a");
            produce(codes, events);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> planned(run) == 2L * DOSSIERS
                            && !sms.findAll(postRequestedFor(urlEqualTo("/messages")))
                                    .isEmpty());
            first.stop();
            assertEquals(List.of(), first.failuresAtShutdown(), "no job ran into the shutdown");
            long left = pending(run);
            System.out.printf("notifier-handback-a stopped with %d of %d deliveries unsent%n", left, 2 * DOSSIERS);
            assertTrue(left > 0, "the gateway was too fast: nothing was left to hand back");
            assertEquals(0, waitingForTheirClaim(run), "every unsent claim was made due at the stop");

            sms.resetAll();
            sms.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202)));
            second = start(env, "notifier-handback-b");
            // Well within the minute a claim lasts: the second instance's first passes over the table send them.
            await().atMost(Duration.ofSeconds(20)).until(() -> pending(run) == 0);
            second.stop();
        } finally {
            for (PackagedService p : new PackagedService[] {first, second}) {
                if (p != null && p.alive()) {
                    p.kill();
                }
            }
            smtp.stop();
            sms.stop();
        }
    }

    private static Map<String, String> env(GreenMail smtp, WireMockServer sms, String group) {
        return new HashMap<>(Map.of(
                "SMTP_HOST",
                "127.0.0.1",
                "SMTP_PORT",
                Integer.toString(smtp.getSmtp().getPort()),
                "SMS_GATEWAY_URL",
                sms.baseUrl(),
                "SMS_API_KEY",
                "it-key",
                "MP_MESSAGING_INCOMING_STATUS_EVENTS_GROUP_ID",
                group + "-status",
                "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID",
                group + "-intake",
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID",
                group + "-agencies",
                // Quiet hours would hold every SMS when the suite runs after 21:00 in Vietnam.
                "NOTIFICATION_QUIET_HOURS_START",
                "00:00",
                "NOTIFICATION_QUIET_HOURS_END",
                "00:00"));
    }

    /** The instances' groups start at the end of their topics, not at what earlier runs left there. */
    private static void startAtEnd(String group) throws Exception {
        try (Admin admin = Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)))) {
            ConsumerGroups.startAtEnd(admin, group + "-status", "dossier-status-events");
            ConsumerGroups.startAtEnd(admin, group + "-intake", "dossier-intake-events");
            ConsumerGroups.startAtEnd(admin, group + "-agencies", "agency-events");
        }
    }

    /** Deliveries of this run planned so far. */
    private static long planned(String run) throws Exception {
        return count("SELECT COUNT(*) FROM delivery_log WHERE dossier_code LIKE ?", run);
    }

    /** Unsent deliveries of this run still due only when their claim ends (a minute after they were planned). */
    private static long waitingForTheirClaim(String run) throws Exception {
        return count(
                "SELECT COUNT(*) FROM delivery_log WHERE status = 'PENDING' AND dossier_code LIKE ?"
                        + " AND next_attempt_at >= created_at + INTERVAL 30 SECOND",
                run);
    }

    private static String received(String code, String email) {
        return """
                {"eventId":"%s","type":"DOSSIER_RECEIVED","dossierCode":"%s","occurredAt":"2026-11-28T02:00:00Z",
                 "nationalStatus":2,"agencyCode":"000.00.12.H57","agencyName":"Trung tâm Phục vụ hành chính công",
                 "procedureCode":"2.000488","procedureVersion":1,"procedureName":"Cấp Phiếu lý lịch tư pháp",
                 "channel":"COUNTER","applicant":{"type":"CITIZEN","fullName":"Trần Thị Bình","email":"%s",
                 "phone":"0987654321","idHash":"%s"},"receivedAt":"2026-11-28T02:00:00Z",
                 "appointmentAt":"2026-12-03T04:30:00Z",\
                "workingDays":"10"}""".formatted(UUID.randomUUID(), code, email, "b".repeat(64));
    }

    /** The group's committed offsets have reached the end of every partition of the intake topic. */
    private static boolean committedToEnd(String group) throws Exception {
        try (Admin admin = Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(TOPIC))
                    .allTopicNames()
                    .get()
                    .get(TOPIC)
                    .partitions()
                    .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .allMatch(e -> committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset()
                                    >= e.getValue().offset());
        }
    }

    /** Deliveries of this run still waiting for the worker. */
    private static long pending(String run) throws Exception {
        return count("SELECT COUNT(*) FROM delivery_log WHERE status = 'PENDING' AND dossier_code LIKE ?", run);
    }

    private static long count(String sql, String run) throws Exception {
        try (var c = DriverManager.getConnection(DB, "notification", "notification-local-pw");
                var s = c.prepareStatement(sql)) {
            s.setString(1, "%-" + run + "%");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void produce(List<String> codes, List<String> events) throws Exception {
        try (var producer = new KafkaProducer<>(
                TestKafka.admin(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)),
                new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < codes.size(); i++) {
                producer.send(new ProducerRecord<>("dossier-intake-events", codes.get(i), events.get(i)))
                        .get();
            }
        }
    }

    /** One instance of the packaged service, through the project's launcher for packaged jars. */
    private static PackagedService start(Map<String, String> extra, String name) {
        Map<String, String> env = new HashMap<>(PackagedService.localStack("notification", "notification_test"));
        env.put("APPLICANT_ID_KEYS", "it:it-only-applicant-id-key-not-for-production");
        env.putAll(extra);
        return PackagedService.start(
                Path.of("target/quarkus-app/quarkus-run.jar"),
                name,
                0,
                0,
                "-Xmx256m",
                env,
                "/q/health/ready",
                Path.of("target/it-logs"));
    }
}
