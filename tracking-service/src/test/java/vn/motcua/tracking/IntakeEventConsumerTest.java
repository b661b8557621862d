package vn.motcua.tracking;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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

/** Against the real broker: a redelivered event is applied once; an unreadable one is dead-lettered and skipped. */
@QuarkusTest
class IntakeEventConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.intake-events.group.id")
    String group;

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
            ConsumerGroups.awaitAssigned(bootstrap, group, 3);
            producer.send(new ProducerRecord<>("dossier-intake-events", code, event))
                    .get();
            producer.send(new ProducerRecord<>("dossier-intake-events", code, event))
                    .get();
            producer.send(new ProducerRecord<>("dossier-intake-events", code, "{not json"))
                    .get();
            producer.send(new ProducerRecord<>("dossier-intake-events", code, event(after, code)))
                    .get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(after) == 1);
        assertEquals(1, processed(first));
        assertDeadLettered(code);
    }

    private static String event(String eventId, String code) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"DOSSIER_SUBMITTED\",\"dossierCode\":\"" + code
                + "\",\"occurredAt\":\"2026-11-28T02:00:00Z\"}";
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
            consumer.subscribe(List.of("tracking-dead-letter"));
            AtomicBoolean found = new AtomicBoolean();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(
                                r -> found.compareAndSet(false, code.equals(r.key()) && "{not json".equals(r.value())));
                return found.get();
            });
        }
    }
}
