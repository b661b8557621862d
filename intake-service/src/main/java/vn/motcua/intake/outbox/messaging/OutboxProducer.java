package vn.motcua.intake.outbox.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.intake.common.messaging.KafkaClientConfig;
import vn.motcua.intake.outbox.config.OutboxConfig;

/** The idempotent producer the relay publishes with: acks=all, bounded blocking when the broker is away. */
@ApplicationScoped
public class OutboxProducer {
    private final Producer<String, String> producer;

    public OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> broker, OutboxConfig config) {
        this.producer = new KafkaProducer<>(
                KafkaClientConfig.of(
                        broker,
                        Map.of(
                                ProducerConfig.CLIENT_ID_CONFIG,
                                "intake-outbox-relay",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                true,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                5_000,
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                12_000,
                                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                5_000,
                                ProducerConfig.LINGER_MS_CONFIG,
                                2,
                                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                config.compression())),
                new StringSerializer(),
                new StringSerializer());
    }

    public Producer<String, String> get() {
        return producer;
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
