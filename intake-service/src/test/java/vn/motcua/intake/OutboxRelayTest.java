package vn.motcua.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.outbox.domain.OutboxEvent;
import vn.motcua.intake.outbox.domain.OutboxMessage;
import vn.motcua.intake.outbox.service.Outbox;

/** An event written to the outbox reaches the real broker, keyed by dossier code, and is marked sent. */
@QuarkusTest
class OutboxRelayTest {

    record ProbeEvent(String eventId, String type, String dossierCode, Instant occurredAt) implements OutboxMessage {
        @Override
        public String aggregateId() {
            return dossierCode;
        }
    }

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anOutboxEventIsPublishedToKafkaAndLeavesTheOutbox() {
        String code = "000.00.12.H57-261128-" + (int) (Math.random() * 9000 + 1000);
        ProbeEvent probe = new ProbeEvent(UUID.randomUUID().toString(), "PROBE", code, Instant.now());
        try (KafkaConsumer<String, String> consumer = consumer()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append(probe));

            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (code.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            ConsumerRecord<String, String> record = found.get(0);
            assertTrue(record.value().contains(probe.eventId()), record.value());
            assertEquals(
                    probe.eventId(),
                    new String(record.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEvent.count("eventId", probe.eventId()) == 0));
    }

    private KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "intake-test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest")),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of("dossier-intake-events"));
        // Wait for the assignment so that "latest" is fixed before the event is written.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        // Resolve "latest" to an offset now: otherwise it is fixed at a later poll, after the event was written.
        consumer.assignment().forEach(consumer::position);
        return consumer;
    }
}
