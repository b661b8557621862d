package vn.motcua.intake.inbox;

import static org.awaitility.Awaitility.await;
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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.ConsumerGroups;
import vn.motcua.intake.TestKafka;
import vn.motcua.intake.dossier.rest.Submissions;
import vn.motcua.intake.portal.domain.PortalDossier;
import vn.motcua.stack.DeadlockCycle;

/**
 * Against the real broker and database: a poll of status events whose transaction lost a deadlock is applied on its
 * next attempt. Another transaction queues the poll's second event for the portal (with three hundred more), waits
 * until the consumer's insert of both waits for it, then queues the first: InnoDB rolls back the lighter transaction,
 * the consumer's. The consumer used to stop its channel at that failure until a restart; both changes now reach the
 * portal's queue once.
 */
@QuarkusTest
class StatusEventConsumerTest {
    static final String AGENCY = "000.00.12.H57";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.status-events.group.id")
    String group;

    @Test
    void aPollThatLostADeadlockIsAppliedOnItsNextAttempt() throws Exception {
        String code = Submissions.atCounter(AGENCY, Submissions.criminalRecord(AGENCY, "001301000123"));
        // The sync knows the dossier: its status changes are queued, joined to this row.
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> PortalDossier.findByIdOptional(code).isPresent()));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        List<String> heavy = new ArrayList<>(List.of(second));
        IntStream.range(0, 300).forEach(i -> heavy.add(UUID.randomUUID().toString()));
        try (DeadlockCycle cycle = DeadlockCycle.hold(
                work -> QuarkusTransaction.requiringNew().run(work),
                () -> queue(heavy),
                () -> waitingToQueue(first),
                () -> queue(List.of(first)))) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, "linger.ms", 100)),
                    new StringSerializer(),
                    new StringSerializer())) {
                // One produce request, so one poll: the consumer queues both in one statement, first then second.
                producer.send(new ProducerRecord<>("dossier-status-events", code, event(first, code, 0)));
                producer.send(new ProducerRecord<>("dossier-status-events", code, event(second, code, 60)));
                producer.flush();
            }
            assertTrue(cycle.survived(Duration.ofSeconds(60)), "the other transaction survived the deadlock");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> queued(first) == 1 && queued(second) == 1);
    }

    /** The holder's rows in the portal's queue, in its own transaction (DeadlockCycle). */
    private static void queue(List<String> eventIds) {
        String rows = eventIds.stream()
                .map(id -> "('H99-holder', '" + id + "', 'TEST_HOLDER', 1, NOW())")
                .collect(Collectors.joining(","));
        PortalDossier.getEntityManager()
                .createNativeQuery("INSERT INTO portal_item (dossier_code, event_id, event_type, national_status,"
                        + " occurred_at) VALUES " + rows)
                .executeUpdate();
    }

    /** The consumer's insert is waiting for a lock: its statement, with the event id in it, still running. */
    private static boolean waitingToQueue(String eventId) {
        Number waiting = (Number) PortalDossier.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                        + " WHERE ID <> CONNECTION_ID() AND INFO LIKE 'INSERT IGNORE INTO portal_item%'"
                        + " AND INFO LIKE CONCAT('%', ?1, '%')")
                .setParameter(1, eventId)
                .getSingleResult();
        return waiting.intValue() > 0;
    }

    private static String event(String eventId, String code, int minutes) {
        return ("{\"eventId\":\"%s\",\"type\":\"DOSSIER_PROCESSING_STARTED\",\"dossierCode\":\"%s\","
                        + "\"occurredAt\":\"2026-12-07T0%d:%02d:00Z\",\"nationalStatus\":4,\"status\":\"PROCESSING\","
                        + "\"agencyCode\":\"%s\",\"procedureCode\":\"2.000488\",\"dueAt\":\"2026-12-21T10:00:00Z\"}")
                .formatted(eventId, code, 2 + minutes / 60, minutes % 60, AGENCY);
    }

    private static long queued(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) PortalDossier.getEntityManager()
                                .createNativeQuery("SELECT COUNT(*) FROM portal_item WHERE event_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
    }
}
