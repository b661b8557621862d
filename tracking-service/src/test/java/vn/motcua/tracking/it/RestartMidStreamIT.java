package vn.motcua.tracking.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.stack.PackagedService;
import vn.motcua.tracking.ConsumerGroups;
import vn.motcua.tracking.TestKafka;

/**
 * The packaged tracking-service is stopped (SIGTERM, as in a rolling deploy) while 300 received dossiers
 * stream in, then started again: every dossier gets its clock, once, and none is dead-lettered. Before the
 * consumers dead-lettered only poison, records buffered at shutdown went to the dead-letter topic. A stop in the
 * middle of a backlog finishes the poll in hand before the database goes: nothing is cut off and logged against a
 * closed persistence unit.
 */
class RestartMidStreamIT {
    static final String KAFKA = "127.0.0.1:" + System.getenv().getOrDefault("STACK_KAFKA_PORT", "9092");
    static final String DB =
            "jdbc:mariadb://127.0.0.1:" + System.getenv().getOrDefault("STACK_MARIADB_PORT", "3306") + "/tracking_test";
    static final int DOSSIERS = 300;
    static final String TOPIC = "dossier-intake-events";

    @Test
    void aRestartMidStreamLosesNothingAndDeadLettersNothing() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String group = "tracking-it-" + run;
        // Its own groups, from now on: what earlier tests left on the topics (poison included) is not this test's.
        Map<String, String> env = Map.of(
                "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID",
                group,
                "MP_MESSAGING_INCOMING_INTAKE_EVENTS_AUTO_OFFSET_RESET",
                "latest",
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID",
                group + "-agencies",
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_AUTO_OFFSET_RESET",
                "latest");
        long deadLettersBefore = endOffsets("tracking-dead-letter");
        PackagedService first = start(env, "tracking-a");
        try (var producer = new KafkaProducer<>(
                TestKafka.admin(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)),
                new StringSerializer(),
                new StringSerializer())) {
            // Ready means the database: the group may not exist yet (its first member still joining).
            ConsumerGroups.awaitAssigned(KAFKA, group, 3);
            send(producer, run, 0, DOSSIERS / 3);
            // The first third applied and its offsets committed on every partition (a new group starts at
            // "latest" here, so the second instance must find committed offsets to resume from).
            await().atMost(Duration.ofSeconds(60)).until(() -> tracked(run) == DOSSIERS / 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> committedToEnd(group));
            send(producer, run, DOSSIERS / 3, 2 * DOSSIERS / 3);
            first.stop(); // mid-stream: some applied, some buffered in the consumer, some not fetched yet
            assertEquals(List.of(), first.failuresAtShutdown(), "no job ran into the shutdown");
            send(producer, run, 2 * DOSSIERS / 3, DOSSIERS);
        }
        PackagedService second = start(env, "tracking-b");
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> tracked(run) == DOSSIERS);
            // Everything consumed and committed: a duplicate or a dead letter would have happened by now.
            await().atMost(Duration.ofSeconds(30)).until(() -> committedToEnd(group));
            assertEquals(DOSSIERS, tracked(run), "every dossier tracked exactly once");
            assertEquals(DOSSIERS, deadlinesSet(run), "one DOSSIER_DEADLINE_SET history row each");
            assertEquals(deadLettersBefore, endOffsets("tracking-dead-letter"), "nothing was dead-lettered");
        } finally {
            second.stop();
        }
        assertEquals(List.of(), second.failuresAtShutdown(), "no job ran into the shutdown");
    }

    @Test
    void aStopInTheMiddleOfABacklogFinishesItsPollWhileTheDatabaseIsStillThere() throws Exception {
        int backlog = 5_000;
        String run = Long.toString(System.nanoTime(), 36);
        String group = "tracking-it-" + run;
        Map<String, String> env = Map.of(
                "MP_MESSAGING_INCOMING_INTAKE_EVENTS_GROUP_ID",
                group,
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID",
                group + "-agencies",
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_AUTO_OFFSET_RESET",
                "latest");
        long deadLettersBefore = endOffsets("tracking-dead-letter");
        // The group starts where the topic ends now, then finds a backlog: it polls without a pause until stopped.
        try (var admin = Admin.create(TestKafka.admin(Map.<String, Object>of("bootstrap.servers", KAFKA)))) {
            Map<TopicPartition, OffsetAndMetadata> end = new HashMap<>();
            topicEnd(admin).forEach((tp, offset) -> end.put(tp, new OffsetAndMetadata(offset)));
            admin.alterConsumerGroupOffsets(group, end).all().get();
        }
        try (var producer = new KafkaProducer<>(
                TestKafka.admin(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)),
                new StringSerializer(),
                new StringSerializer())) {
            send(producer, run, 0, backlog);
        }
        PackagedService first = start(env, "tracking-c");
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> tracked(run) >= backlog / 5);
        } finally {
            first.stop();
        }
        long applied = tracked(run);
        System.out.printf("tracking-c stopped with %d of %d dossiers applied%n", applied, backlog);
        assertEquals(List.of(), first.failuresAtShutdown(), "the poll in hand was not cut off by the stop");
        PackagedService second = start(env, "tracking-d");
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> tracked(run) == backlog);
            await().atMost(Duration.ofSeconds(30)).until(() -> committedToEnd(group));
            assertEquals(backlog, deadlinesSet(run), "one DOSSIER_DEADLINE_SET history row each");
            assertEquals(deadLettersBefore, endOffsets("tracking-dead-letter"), "nothing was dead-lettered");
        } finally {
            second.stop();
        }
    }

    private static void send(KafkaProducer<String, String> producer, String run, int from, int to) {
        for (int i = from; i < to; i++) {
            String code = "000.00.12.H57-261128-R" + run + "-" + i;
            producer.send(new ProducerRecord<>("dossier-intake-events", code, received(code)));
        }
        producer.flush();
    }

    private static String received(String code) {
        String hash = "c".repeat(64);
        return """
                {"eventId":"%s","type":"DOSSIER_RECEIVED","dossierCode":"%s","occurredAt":"2026-11-23T02:00:00Z",
                 "nationalStatus":2,"agencyCode":"000.00.12.H57","agencyName":"Trung tâm","procedureCode":"1.001612",
                 "procedureVersion":1,"procedureName":"Đăng ký hộ kinh doanh","channel":"COUNTER",
                 "applicant":{"type":"CITIZEN","fullName":"Lê Văn Cường","phone":"0987654321","idHash":"%s"},
                 "receivedAt":"2026-11-23T02:00:00Z","workingDays":"3"}""".formatted(UUID.randomUUID(), code, hash);
    }

    private static long tracked(String run) throws Exception {
        return count("SELECT COUNT(*) FROM tracked_dossier WHERE code LIKE '%-R" + run + "-%'");
    }

    private static long deadlinesSet(String run) throws Exception {
        return count(
                "SELECT COUNT(*) FROM dossier_history WHERE type = 'DOSSIER_DEADLINE_SET' AND dossier_code LIKE '%-R"
                        + run + "-%'");
    }

    private static long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(DB, "tracking", "tracking-local-pw");
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long endOffsets(String topic) {
        try (var consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA)),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** The group's committed offsets have reached the end of every partition of the intake topic. */
    private static boolean committedToEnd(String group) throws Exception {
        try (var admin = Admin.create(TestKafka.admin(Map.<String, Object>of("bootstrap.servers", KAFKA)))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return topicEnd(admin).entrySet().stream()
                    .allMatch(e -> committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() >= e.getValue());
        }
    }

    /** The end offset of every partition of the intake topic. */
    private static Map<TopicPartition, Long> topicEnd(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(TOPIC))
                .allTopicNames()
                .get()
                .get(TOPIC)
                .partitions()
                .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, o) -> end.put(tp, o.offset()));
        return end;
    }

    /** One instance of the packaged service, through the project's launcher for packaged jars. */
    private static PackagedService start(Map<String, String> extra, String name) {
        Map<String, String> env = new HashMap<>(PackagedService.localStack("tracking", "tracking_test"));
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
