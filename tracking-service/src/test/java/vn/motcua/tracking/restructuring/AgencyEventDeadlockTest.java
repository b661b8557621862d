package vn.motcua.tracking.restructuring;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
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
import vn.motcua.stack.DeadlockCycle;
import vn.motcua.tracking.ConsumerGroups;
import vn.motcua.tracking.TestKafka;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * An agency merger whose transaction lost a deadlock is applied on its next attempt. Another transaction locks the
 * old agency's dossier (with three hundred inbox rows of its own), waits until the merger waits for that lock, then
 * claims the merger's event id, which the merger's transaction holds: InnoDB rolls back the lighter one, the
 * merger's. Its channel used to stop there until a restart; the dossier now moves to the successor.
 */
@QuarkusTest
class AgencyEventDeadlockTest {
    static final String OLD = "000.98.03.H57";
    static final String NEW = "000.98.04.H57";

    @Inject
    DossierTracking tracking;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.agency-events.group.id")
    String group;

    @Test
    void aMergerThatLostADeadlockIsAppliedOnItsNextAttempt() throws Exception {
        String open = TrackedDossiers.start(
                tracking, OLD, "1.001612", "COUNTER", "2026-09-07T09:00:00+07:00", "3", TrackedDossiers.CITIZEN_HASH);
        String eventId = UUID.randomUUID().toString();
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (DeadlockCycle cycle = DeadlockCycle.hold(
                work -> QuarkusTransaction.requiringNew().run(work),
                () -> lockWithInboxRows(open),
                AgencyEventDeadlockTest::mergerWaits,
                () -> claim("('" + eventId + "', 'test-holder', NOW())"))) {
            try (var producer = new KafkaProducer<>(
                    TestKafka.admin(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                    new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>("agency-events", OLD, merged(eventId)))
                        .get();
            }
            assertTrue(cycle.survived(Duration.ofSeconds(60)), "the other transaction survived the deadlock");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> TrackedDossier.<TrackedDossier>findById(open)
                                .holdingAgency
                                .equals(NEW)));
    }

    /** The holder's locks: the old agency's dossier, and three hundred new inbox rows to weigh more. */
    private static void lockWithInboxRows(String code) {
        TrackedDossier.getEntityManager()
                .createNativeQuery("SELECT code FROM tracked_dossier WHERE code = ?1 FOR UPDATE")
                .setParameter(1, code)
                .getResultList();
        claim(IntStream.range(0, 300)
                .mapToObj(i -> "('" + UUID.randomUUID() + "', 'test-holder', NOW())")
                .collect(Collectors.joining(",")));
    }

    private static void claim(String rows) {
        TrackedDossier.getEntityManager()
                .createNativeQuery("INSERT INTO processed_event (event_id, topic, processed_at) VALUES " + rows)
                .executeUpdate();
    }

    /** The merger's read of the old agency's dossiers for update is waiting for a lock. */
    private static boolean mergerWaits() {
        Number waiting = (Number) TrackedDossier.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                        + " WHERE ID <> CONNECTION_ID() AND INFO LIKE '%tracked_dossier%for update%'"
                        + " AND INFO LIKE CONCAT('%', ?1, '%')")
                .setParameter(1, OLD)
                .getSingleResult();
        return waiting.intValue() > 0;
    }

    private static String merged(String eventId) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"AGENCY_MERGED\",\"agencyCode\":\"" + OLD
                + "\",\"agencyName\":\"Sở cũ\",\"successorCode\":\"" + NEW + "\",\"successorName\":\"Sở mới\","
                + "\"occurredAt\":\"2026-09-10T02:00:00Z\",\"actor\":\"admin1\"}";
    }
}
