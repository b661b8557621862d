package vn.motcua.tracking.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.ConsumerGroups;
import vn.motcua.tracking.TestKafka;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/** A received dossier from intake starts its clock here, once, and its due date goes out on the status topic. */
@QuarkusTest
class DeadlineStartTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.intake-events.group.id")
    String group;

    /** Monday 23 November 2026, 09:00 in Hà Nội; 3 working days → Thursday 26 November, 11:30. */
    private static String received(String code, String appointmentAt) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"DOSSIER_RECEIVED\",\"dossierCode\":\"" + code
                + "\",\"occurredAt\":\"2026-11-23T02:00:00Z\",\"nationalStatus\":2,\"agencyCode\":\"000.00.12.H57\","
                + "\"procedureCode\":\"1.001612\",\"procedureVersion\":1,\"procedureName\":\"x\","
                + "\"channel\":\"COUNTER\","
                + "\"applicant\":{\"type\":\"CITIZEN\",\"fullName\":\"Nguyễn Văn An\",\"phone\":\"0912345678\","
                + "\"idHash\":\"" + "a".repeat(64) + "\"},\"receivedAt\":\"2026-11-23T02:00:00Z\","
                + "\"appointmentAt\":" + appointmentAt + ",\"workingDays\":\"3\",\"steps\":[],\"reasons\":null}";
    }

    private static String newCode() {
        return "000.00.12.H57-261123-" + (1000 + (int) (Math.random() * 8999));
    }

    /**
     * A reader of the status topic from its end, once this service's consumer has its partitions. From its end, not
     * its start: on a local stack that has run the bench the topic holds millions of events, more than a test reads
     * in its 30 s.
     */
    private KafkaConsumer<String, String> statusTopic() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "deadline-probe-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest")),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of("dossier-status-events"));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        // Resolve "latest" to an offset now: otherwise it is fixed at a later poll, after the event was published.
        consumer.assignment().forEach(consumer::position);
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        return consumer;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer());
    }

    @Test
    void aReceivedDossierGetsItsDueDateOnceAndItIsPublished() throws Exception {
        String code = newCode();
        String received = received(code, "null");
        try (KafkaConsumer<String, String> consumer = statusTopic();
                KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("dossier-intake-events", code, received))
                    .get();
            producer.send(new ProducerRecord<>("dossier-intake-events", code, received))
                    .get(); // redelivery

            AtomicReference<String> published = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    // The deadline watch may follow with DOSSIER_OVERDUE (the date has passed): keep the deadline.
                    if (code.equals(r.key()) && r.value().contains("\"DOSSIER_DEADLINE_SET\"")) {
                        published.set(r.value());
                    }
                });
                return published.get() != null;
            });
            assertTrue(published.get().contains("\"type\":\"DOSSIER_DEADLINE_SET\""), published.get());
            assertTrue(published.get().contains("\"dueAt\":\"2026-11-26T04:30:00Z\""), published.get());
            assertTrue(published.get().contains("\"nationalStatus\":2"), published.get());
            // The receipt went out without an appointment: intake and the notifier must act on this event.
            assertTrue(published.get().contains("\"appointmentGiven\":false"), published.get());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            TrackedDossier d = TrackedDossier.findById(code);
            assertEquals(Instant.parse("2026-11-26T04:30:00Z"), d.dueAt);
            // Once, despite the redelivery (the deadline watch may add DOSSIER_OVERDUE: that date has passed).
            assertEquals(
                    1,
                    HistoryEntry.of(code).stream()
                            .filter(h -> h.type.equals("DOSSIER_DEADLINE_SET"))
                            .count());
        });
    }

    /**
     * A receipt whose appointment was computed under a calendar changed since (here one working day early) is
     * corrected as after a calendar change: the deadline goes out as given, then moved, and the history keeps the
     * receipt's date. A receipt with the right appointment moves nothing.
     */
    @Test
    void aReceiptsAppointmentThatIsNotTheLegalDueTimeIsMovedAndPublished() throws Exception {
        String stale = newCode();
        String right = newCode();
        try (KafkaConsumer<String, String> consumer = statusTopic();
                KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(
                            "dossier-intake-events", stale, received(stale, "\"2026-11-25T04:30:00Z\"")))
                    .get();
            producer.send(new ProducerRecord<>(
                            "dossier-intake-events", right, received(right, "\"2026-11-26T04:30:00Z\"")))
                    .get();

            Map<String, String> seen = new ConcurrentHashMap<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    for (String type : List.of("DOSSIER_DEADLINE_SET", "DOSSIER_DEADLINE_CHANGED")) {
                        if (r.value().contains("\"type\":\"" + type + "\"")) {
                            seen.put(r.key() + " " + type, r.value());
                        }
                    }
                });
                return seen.containsKey(stale + " DOSSIER_DEADLINE_CHANGED")
                        && seen.containsKey(right + " DOSSIER_DEADLINE_SET");
            });
            String changed = seen.get(stale + " DOSSIER_DEADLINE_CHANGED");
            assertTrue(changed.contains("\"dueAt\":\"2026-11-26T04:30:00Z\""), changed);
            // No apology date: intake moves the appointment and the notifier tells the citizen.
            assertFalse(changed.contains("\"newAppointmentAt\":\""), changed);
            String set = seen.get(stale + " DOSSIER_DEADLINE_SET");
            assertTrue(set.contains("\"appointmentGiven\":true"), set);
            assertTrue(seen.get(right + " DOSSIER_DEADLINE_SET").contains("\"appointmentGiven\":true"));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<HistoryEntry> moves = HistoryEntry.of(stale).stream()
                    .filter(h -> h.type.equals("DOSSIER_DEADLINE_CHANGED"))
                    .toList();
            assertEquals(1, moves.size());
            assertEquals(Instant.parse("2026-11-25T04:30:00Z"), moves.get(0).previousDueAt);
            assertTrue(moves.get(0).note.contains("ngày hẹn trên giấy tiếp nhận"), moves.get(0).note);
            assertEquals(
                    0,
                    HistoryEntry.of(right).stream()
                            .filter(h -> h.type.equals("DOSSIER_DEADLINE_CHANGED"))
                            .count());
        });
    }
}
