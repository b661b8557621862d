package vn.motcua.tracking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.inbox.domain.ProcessedEvent;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.satisfaction.domain.RefusedDossier;

/**
 * One produce request (so one poll) holding good events, a duplicate and two kinds of poison: the good ones are
 * applied once, in one transaction, and only the poison reaches the dead-letter topic.
 */
@QuarkusTest
class IntakeEventBatchTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.intake-events.group.id")
    String group;

    @Inject
    MeterRegistry registry;

    @Inject
    DossierActions actions;

    @Test
    void aPollWithPoisonAndADuplicateAppliesTheGoodEventsOnceAndDeadLettersOnlyThePoison() throws Exception {
        String key = "000.00.12.H57-261130-" + UUID.randomUUID().toString().substring(0, 6); // one partition for all
        String first = code(), second = code(), third = code();
        String firstId = UUID.randomUUID().toString();
        String noWorkingDays = received(UUID.randomUUID().toString(), code(), null);
        List<String> values = List.of(
                received(firstId, first, "3"),
                received(firstId, first, "3"),
                "{not json",
                received(UUID.randomUUID().toString(), second, "5"),
                noWorkingDays,
                received(UUID.randomUUID().toString(), third, "0.5"));
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 200)),
                new StringSerializer(),
                new StringSerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>("dossier-intake-events", key, v));
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tracked(third));
        QuarkusTransaction.requiringNew().run(() -> {
            for (String code : List.of(first, second, third)) {
                assertNotNull(TrackedDossier.findById(code), code);
                assertEquals(
                        1,
                        HistoryEntry.of(code).stream()
                                .filter(h -> h.type.equals("DOSSIER_DEADLINE_SET"))
                                .count(),
                        code);
            }
            assertEquals(1, ProcessedEvent.count("eventId", firstId));
        });
        List<String> deadLettered = deadLettered(key, 2);
        assertEquals(2, deadLettered.size(), deadLettered.toString());
        assertTrue(deadLettered.contains("{not json"), deadLettered.toString());
        assertTrue(deadLettered.contains(noWorkingDays), deadLettered.toString());
    }

    /**
     * A dossier refused twice under two event ids (a code reused on a shared topic, a replay), in one poll and again
     * in the next: the same refusal, kept once, and the consumer goes on to the dossier after it.
     */
    @Test
    void aSecondRefusalOfTheSameDossierIsIgnoredAndDoesNotStopTheConsumer() throws Exception {
        String key = "000.00.12.H57-261130-" + UUID.randomUUID().toString().substring(0, 6);
        String refusedCode = code(), after = code();
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("dossier-intake-events", key, refused(refusedCode)));
            producer.send(new ProducerRecord<>("dossier-intake-events", key, refused(refusedCode)));
            producer.flush();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> QuarkusTransaction.requiringNew()
                            .call(() ->
                                    RefusedDossier.findByIdOptional(refusedCode).isPresent()));
            producer.send(new ProducerRecord<>("dossier-intake-events", key, refused(refusedCode)));
            producer.send(new ProducerRecord<>(
                    "dossier-intake-events", key, received(UUID.randomUUID().toString(), after, "3")));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tracked(after));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> RefusedDossier.count("code", refusedCode)));
    }

    /**
     * A dossier received twice under two event ids in one poll, and again in the next (with a new dossier behind it):
     * its clock starts once, every event is recorded as processed, and the consumer goes on to the next dossier.
     * The poll that met the tracked dossier is rolled back and applied again, and counted once: five events
     * applied, three dossiers started.
     */
    @Test
    void aSecondReceiptOfATrackedDossierIsIgnoredAndTheRestOfThePollApplied() throws Exception {
        String key = "000.00.12.H57-261130-" + UUID.randomUUID().toString().substring(0, 6);
        String twice = code(), before = code(), after = code();
        String lastId = UUID.randomUUID().toString();
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        double appliedBefore = count("tracking_events_applied_total", "type", "DOSSIER_RECEIVED");
        double startedBefore = count("tracking_dossiers_started_total", "agency", "000.00.12.H57");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(
                    "dossier-intake-events", key, received(UUID.randomUUID().toString(), twice, "3")));
            producer.send(new ProducerRecord<>(
                    "dossier-intake-events", key, received(UUID.randomUUID().toString(), twice, "3")));
            producer.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> tracked(twice));
            // One poll: a new dossier, then the second receipt (the poll is rolled back there and applied again).
            producer.send(new ProducerRecord<>(
                    "dossier-intake-events", key, received(UUID.randomUUID().toString(), before, "3")));
            producer.send(new ProducerRecord<>("dossier-intake-events", key, received(lastId, twice, "3")));
            producer.send(new ProducerRecord<>(
                    "dossier-intake-events", key, received(UUID.randomUUID().toString(), after, "3")));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tracked(after));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(
                    1,
                    HistoryEntry.of(twice).stream()
                            .filter(h -> h.type.equals("DOSSIER_DEADLINE_SET"))
                            .count());
            assertEquals(1, ProcessedEvent.count("eventId", lastId), "ignored, and recorded as processed");
        });
        assertTrue(tracked(before));
        assertEquals(5.0, count("tracking_events_applied_total", "type", "DOSSIER_RECEIVED") - appliedBefore);
        assertEquals(3.0, count("tracking_dossiers_started_total", "agency", "000.00.12.H57") - startedBefore);
    }

    /**
     * Papers sent online for a dossier handed over to another agency, which asked for them: that agency's queue says
     * when they came (the receiving agency no longer holds it). A redelivered event and an older one change nothing.
     */
    @Test
    void papersSentOnlineMarkTheDossierOnTheQueueOfTheAgencyHoldingIt() throws Exception {
        String key = "000.00.12.H57-261130-" + UUID.randomUUID().toString().substring(0, 6);
        String code = code(), barrier = code();
        String holder = "000.00.13.H57";
        String sentId = UUID.randomUUID().toString();
        ConsumerGroups.awaitAssigned(bootstrap, group, 3);
        double appliedBefore = count("tracking_events_applied_total", "type", "DOSSIER_SUPPLEMENT_SUBMITTED");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                TestKafka.admin(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(
                    "dossier-intake-events", key, received(UUID.randomUUID().toString(), code, "10")));
            producer.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> tracked(code));
            Actor receiving = new Actor("officer1", "officer", Optional.of("000.00.12.H57"));
            actions.apply(code, Command.of(Action.START_PROCESSING), receiving, Instant.parse("2026-11-30T02:10:00Z"));
            actions.apply(
                    code,
                    TrackedDossiers.handOver("Thẩm định", holder, Optional.empty(), "5"),
                    receiving,
                    Instant.parse("2026-11-30T02:20:00Z"));
            actions.apply(
                    code,
                    TrackedDossiers.withReason(Action.REQUEST_SUPPLEMENT, "Bổ sung tờ khai có chữ ký"),
                    new Actor("officer2", "officer", Optional.of(holder)),
                    Instant.parse("2026-12-01T02:00:00Z"));
            for (String v : List.of(
                    supplied(sentId, code, "2026-12-02T03:15:00Z"),
                    supplied(sentId, code, "2026-12-02T03:15:00Z"),
                    supplied(UUID.randomUUID().toString(), code, "2026-12-01T09:00:00Z"),
                    received(UUID.randomUUID().toString(), barrier, "3"))) {
                producer.send(new ProducerRecord<>("dossier-intake-events", key, v));
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tracked(barrier));
        given().auth()
                .oauth2(TestTokens.officer(holder))
                .queryParam("q", code)
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("items.code", contains(code))
                .body("items[0].pausedAt", equalTo("2026-12-01T09:00:00+07:00"))
                .body("items[0].suppliedAt", equalTo("2026-12-02T10:15:00+07:00"));
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .queryParam("q", code)
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        assertEquals(
                2.0,
                count("tracking_events_applied_total", "type", "DOSSIER_SUPPLEMENT_SUBMITTED") - appliedBefore,
                "the redelivered one skipped at the inbox");
    }

    /** The sum over every counter of that name with the tag (other tags, such as the procedure, vary). */
    private double count(String name, String tag, String value) {
        return registry.find(name).tag(tag, value).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private static String refused(String code) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"DOSSIER_NOT_ACCEPTED\",\"dossierCode\":\""
                + code + "\",\"occurredAt\":\"2026-11-30T02:00:00Z\",\"agencyCode\":\"000.00.12.H57\","
                + "\"procedureCode\":\"1.001612\",\"procedureName\":\"x\",\"channel\":\"ONLINE\","
                + "\"applicant\":{\"fullName\":\"Nguyễn Văn An\",\"idHash\":\"" + "a".repeat(64) + "\"}}";
    }

    /** What intake publishes when the applicant sends papers online; tracking reads its code and time. */
    private static String supplied(String eventId, String code, String at) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"DOSSIER_SUPPLEMENT_SUBMITTED\",\"dossierCode\":\""
                + code + "\",\"occurredAt\":\"" + at + "\",\"agencyCode\":\"000.00.12.H57\","
                + "\"procedureCode\":\"1.001612\",\"procedureName\":\"x\",\"channel\":\"ONLINE\"}";
    }

    private static String code() {
        return "000.00.12.H57-261130-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String received(String eventId, String code, String workingDays) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"DOSSIER_RECEIVED\",\"dossierCode\":\"" + code
                + "\",\"occurredAt\":\"2026-11-30T02:00:00Z\",\"agencyCode\":\"000.00.12.H57\","
                + "\"procedureCode\":\"1.001612\","
                + "\"procedureName\":\"x\",\"channel\":\"COUNTER\",\"applicant\":{\"fullName\":\"Nguyễn Văn "
                + "An\",\"idHash\":\""
                + "a".repeat(64) + "\"},\"receivedAt\":\"2026-11-30T02:00:00Z\""
                + (workingDays == null ? "" : ",\"workingDays\":\"" + workingDays + "\"") + "}";
    }

    private static boolean tracked(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TrackedDossier.findByIdOptional(code).isPresent());
    }

    /** What reached tracking-dead-letter with this key, once {@code expected} records are there (or 20 s passed). */
    private List<String> deadLettered(String key, int expected) {
        List<String> found = new ArrayList<>();
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
            consumer.subscribe(List.of("tracking-dead-letter"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r.value());
                    }
                });
                if (found.size() >= expected) {
                    // a little longer: a good event dead-lettered by mistake would show up too
                    consumer.poll(Duration.ofSeconds(2)).forEach(r -> {
                        if (key.equals(r.key())) {
                            found.add(r.value());
                        }
                    });
                    break;
                }
            }
        }
        return found;
    }
}
