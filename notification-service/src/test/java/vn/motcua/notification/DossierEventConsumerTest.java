package vn.motcua.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.inbox.domain.ProcessedEvent;
import vn.motcua.stack.DeadlockCycle;

/**
 * Against the real broker and database: a redelivered event is applied once; an unreadable one is dead-lettered and
 * skipped; a poll whose transaction lost a deadlock is applied on its next attempt.
 */
@QuarkusTest
class DossierEventConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRedeliveredEventIsAppliedOnceAndAPoisonMessageDoesNotBlockThePartition() throws Exception {
        String code = "000.00.12.H57-261128-" + UUID.randomUUID().toString().substring(0, 6);
        String first = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            String event = event(first, code);
            producer.send(new ProducerRecord<>("dossier-status-events", code, event))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, event))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, "{not json"))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, unknownType(code)))
                    .get();
            producer.send(new ProducerRecord<>("dossier-status-events", code, event(after, code)))
                    .get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(after) == 1);
        assertEquals(1, processed(first));
        assertDeadLettered(code);
    }

    /**
     * Another transaction holds the inbox row of the poll's second event, waits until the consumer's claim of both
     * waits for it, and then claims the first: a deadlock, in which InnoDB rolls back the lighter transaction, the
     * consumer's (the holder has written hundreds of rows). The consumer used to stop its channel at that failure,
     * and the poll (its citizens' messages) waited for a restart; it now tries again, and both are applied once.
     */
    @Test
    void aPollThatLostADeadlockIsAppliedOnItsNextAttempt() throws Exception {
        String code = "000.00.12.H57-261207-" + UUID.randomUUID().toString().substring(0, 6);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        List<String> heavy = new ArrayList<>(List.of(second));
        IntStream.range(0, 300).forEach(i -> heavy.add(UUID.randomUUID().toString()));
        try (DeadlockCycle cycle = DeadlockCycle.hold(
                work -> QuarkusTransaction.requiringNew().run(work),
                () -> claim(heavy),
                () -> waitingToClaim(first),
                () -> claim(List.of(first)))) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, "linger.ms", 100)),
                    new StringSerializer(),
                    new StringSerializer())) {
                // One produce request, so one poll: the consumer claims both in one statement, first then second.
                producer.send(new ProducerRecord<>("dossier-status-events", code, event(first, code)));
                producer.send(new ProducerRecord<>("dossier-status-events", code, event(second, code)));
                producer.flush();
            }
            assertTrue(cycle.survived(Duration.ofSeconds(60)), "the other transaction survived the deadlock");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(first) == 1 && processed(second) == 1);
    }

    /** The holder's claim of inbox rows, in its own transaction (DeadlockCycle). */
    private static void claim(List<String> ids) {
        String rows =
                ids.stream().map(id -> "('" + id + "', 'test-holder', NOW())").collect(Collectors.joining(","));
        ProcessedEvent.getEntityManager()
                .createNativeQuery("INSERT INTO processed_event (event_id, topic, processed_at) VALUES " + rows)
                .executeUpdate();
    }

    /** The consumer's claim is waiting for a lock: its statement, with the event id in it, still running. */
    private static boolean waitingToClaim(String eventId) {
        Number waiting = (Number) ProcessedEvent.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                        + " WHERE ID <> CONNECTION_ID() AND INFO LIKE 'INSERT IGNORE INTO processed_event%'"
                        + " AND INFO LIKE CONCAT('%', ?1, '%')")
                .setParameter(1, eventId)
                .getSingleResult();
        return waiting.intValue() > 0;
    }

    private static String event(String eventId, String code) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"DOSSIER_RESOLVED\",\"dossierCode\":\"" + code
                + "\",\"occurredAt\":\"2026-11-28T02:00:00Z\"}";
    }

    private static String unknownType(String code) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"DOSSIER_TELEPORTED\",\"dossierCode\":\"" + code
                + "\"}";
    }

    private static long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("eventId", eventId));
    }

    private void assertDeadLettered(String code) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "dlq-probe-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest")),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("notification-dead-letter"));
            List<String> found = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (code.equals(r.key())) {
                        found.add(r.value());
                    }
                });
                return found.size() >= 2;
            });
            assertEquals(2, found.size(), "the unreadable event and the one of an unknown type");
            assertEquals("{not json", found.get(0));
            assertTrue(found.get(1).contains("DOSSIER_TELEPORTED"), found.get(1));
        }
    }
}
