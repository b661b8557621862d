package vn.motcua.notification.inbox.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.notification.common.messaging.KafkaClientConfig;

/** Poison events go here, with the reason, before their offset is committed; the partition moves on. */
@ApplicationScoped
public class DeadLetters {
    static final String TOPIC = "notification-dead-letter";
    private final Producer<String, String> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.producer = new KafkaProducer<>(
                KafkaClientConfig.of(
                        broker,
                        Map.of(
                                ProducerConfig.CLIENT_ID_CONFIG,
                                "notification-dead-letters",
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                true,
                                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                10_000)),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Blocks until the broker has it: if it cannot, the caller fails and the event comes again. */
    public void send(String fromTopic, String key, String value, String reason) {
        var record = new ProducerRecord<>(TOPIC, key, value);
        record.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", fromTopic.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter an event: " + e, e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
