package vn.motcua.notification.agency;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.ConsumerGroups;
import vn.motcua.notification.TestKafka;
import vn.motcua.notification.inbox.domain.ProcessedEvent;
import vn.motcua.stack.DeadlockCycle;

/**
 * An agency merger whose transaction lost a deadlock is applied on its next attempt. Another transaction writes the
 * old agency's successor row (with three hundred inbox rows of its own), waits until the merger's write of that row
 * waits for it, then claims the merger's event id, which the merger's transaction holds: InnoDB rolls back the
 * lighter one, the merger's. Its channel used to stop there until a restart; the successor is now recorded.
 */
@QuarkusTest
class AgencyEventDeadlockTest {
    static final String OLD = "000.97.03.H57";
    static final String NEW = "000.97.04.H57";

    @Test
    void aMergerThatLostADeadlockIsAppliedOnItsNextAttempt() throws Exception {
        String eventId = UUID.randomUUID().toString();
        try (DeadlockCycle cycle = DeadlockCycle.hold(
                work -> QuarkusTransaction.requiringNew().run(work),
                AgencyEventDeadlockTest::writeSuccessorWithInboxRows,
                AgencyEventDeadlockTest::mergerWaits,
                () -> claim("('" + eventId + "', 'test-holder', NOW())"))) {
            try (var producer = new KafkaProducer<>(
                    TestKafka.admin(Map.<String, Object>of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsumerGroups.bootstrap())),
                    new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>("agency-events", OLD, merged(eventId)))
                        .get();
            }
            assertTrue(cycle.survived(Duration.ofSeconds(60)), "the other transaction survived the deadlock");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> successors().equals(List.of(NEW)));
    }

    /** The holder's locks: the old agency's successor row, and three hundred new inbox rows to weigh more. */
    private static void writeSuccessorWithInboxRows() {
        ProcessedEvent.getEntityManager()
                .createNativeQuery("INSERT INTO agency_successor (agency_code, successor_code, merged_at)"
                        + " VALUES (?1, 'test-holder', NOW())")
                .setParameter(1, OLD)
                .executeUpdate();
        claim(IntStream.range(0, 300)
                .mapToObj(i -> "('" + UUID.randomUUID() + "', 'test-holder', NOW())")
                .collect(Collectors.joining(",")));
    }

    private static void claim(String rows) {
        ProcessedEvent.getEntityManager()
                .createNativeQuery("INSERT INTO processed_event (event_id, topic, processed_at) VALUES " + rows)
                .executeUpdate();
    }

    /** The merger's write of the old agency's successor row is waiting for a lock. */
    private static boolean mergerWaits() {
        Number waiting = (Number) ProcessedEvent.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                        + " WHERE ID <> CONNECTION_ID() AND INFO LIKE 'INSERT INTO agency_successor%'"
                        + " AND INFO LIKE CONCAT('%', ?1, '%')")
                .setParameter(1, OLD)
                .getSingleResult();
        return waiting.intValue() > 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> successors() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ProcessedEvent.getEntityManager()
                        .createNativeQuery("SELECT successor_code FROM agency_successor WHERE agency_code = ?1")
                        .setParameter(1, OLD)
                        .getResultList());
    }

    private static String merged(String eventId) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"AGENCY_MERGED\",\"agencyCode\":\"" + OLD
                + "\",\"successorCode\":\"" + NEW + "\",\"occurredAt\":\"2026-11-30T02:00:00Z\"}";
    }
}
