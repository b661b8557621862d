package vn.motcua.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A topic read from where it ends when the tap opens: what a test's actions publish, and nothing before. The
 * relay deletes an outbox row once the broker has it, so a test counts what was published here, on the topic.
 */
public final class TopicTap implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;

    private TopicTap(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static TopicTap open(String bootstrap, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2000)),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the end now, not at the first poll
        return new TopicTap(consumer);
    }

    /**
     * The matching records once {@code expected} of them have come (or {@code max} has passed), and then one quiet
     * second more, so that a record published twice is counted twice.
     */
    public List<ConsumerRecord<String, String>> read(
            Predicate<ConsumerRecord<String, String>> match, int expected, Duration max) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant giveUp = Instant.now().plus(max);
        while (found.size() < expected && Instant.now().isBefore(giveUp)) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (match.test(r)) {
                    found.add(r);
                }
            });
        }
        Instant quietUntil = Instant.now().plusSeconds(1);
        while (Instant.now().isBefore(quietUntil)) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (match.test(r)) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    /** Records of one event type (the relay's `event-type` header). */
    public static Predicate<ConsumerRecord<String, String>> ofType(String type) {
        return r -> {
            Header h = r.headers().lastHeader("event-type");
            return h != null && type.equals(new String(h.value(), StandardCharsets.UTF_8));
        };
    }

    @Override
    public void close() {
        consumer.close();
    }
}
