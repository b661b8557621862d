package vn.motcua.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The broker talks only to authenticated clients, and intake's principal only to intake's topics. */
@QuarkusTest
class KafkaAccessTest {
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> intake;

    @Test
    void aClientWithoutCredentialsGetsNothing() {
        Map<String, Object> anonymous = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                intake.get("bootstrap.servers"),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                3_000);
        try (var producer = new KafkaProducer<>(anonymous, new StringSerializer(), new StringSerializer())) {
            // A forged DOSSIER_RECEIVED never reaches the topic the notifier reads: not even its metadata is served.
            var failure = assertThrows(
                    ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(
                                    "dossier-intake-events", "FORGED", "{\"type\":\"DOSSIER_RECEIVED\"}"))
                            .get(10, TimeUnit.SECONDS));
            assertInstanceOf(TimeoutException.class, failure.getCause());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = producer(intake);
        config.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"intake\" password=\"guessed\";");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var failure = assertThrows(
                    ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>("intake-dead-letter", "x", "x"))
                            .get(10, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, failure.getCause());
        }
    }

    @Test
    void intakeWritesItsOwnTopicsButNotTheStatusEvents() throws Exception {
        try (var producer = new KafkaProducer<>(producer(intake), new StringSerializer(), new StringSerializer())) {
            // Allowed: its dead-letter topic (nobody consumes it, so the record harms no other test).
            producer.send(new ProducerRecord<>("intake-dead-letter", "acl-probe", "{}"))
                    .get(10, TimeUnit.SECONDS);
            var failure = assertThrows(
                    ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(
                                    "dossier-status-events", "FORGED", "{\"type\":\"DOSSIER_RETURNED\"}"))
                            .get(10, TimeUnit.SECONDS));
            assertInstanceOf(TopicAuthorizationException.class, failure.getCause());
        }
    }

    @Test
    void intakeReadsOnlyWhatItConsumes() {
        Map<String, Object> config = new HashMap<>(intake);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "intake-acl-probe-" + UUID.randomUUID());
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("dossier-intake-events"));
            var failure = assertThrows(TopicAuthorizationException.class, () -> {
                for (int i = 0; i < 50; i++) {
                    consumer.poll(Duration.ofMillis(200));
                }
            });
            assertEquals(java.util.Set.of("dossier-intake-events"), failure.unauthorizedTopics());
        }
    }

    private static Map<String, Object> producer(Map<String, Object> broker) {
        Map<String, Object> config = new HashMap<>(broker);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return config;
    }
}
