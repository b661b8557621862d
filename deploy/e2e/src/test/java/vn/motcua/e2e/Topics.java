package vn.motcua.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a topic received since a mark, to count effects exactly. The outbox publishes at least once (a
 * crash between the broker's ack and marking the row sent publishes it again, with the same event id, which
 * consumers drop), so an effect is a distinct event id.
 */
final class Topics {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Event(String code, String type, String eventId) {}

    private Topics() {}

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        return new KafkaConsumer<>(
                TestKafka.admin(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false)),
                new StringDeserializer(),
                new StringDeserializer());
    }

    /** The current end of every partition of the topic. */
    static Map<TopicPartition, Long> mark(String topic) {
        return mark(PackagedSystem.KAFKA, topic);
    }

    static Map<TopicPartition, Long> mark(String bootstrap, String topic) {
        try (var consumer = consumer(bootstrap)) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    /** Every event written to the topic between the mark and now. */
    static List<Event> since(Map<TopicPartition, Long> mark) {
        return since(PackagedSystem.KAFKA, mark);
    }

    static List<Event> since(String bootstrap, Map<TopicPartition, Long> mark) {
        List<Event> events = new ArrayList<>();
        try (var consumer = consumer(bootstrap)) {
            consumer.assign(mark.keySet());
            mark.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(mark.keySet());
            long deadline = System.currentTimeMillis() + 30_000;
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    try {
                        var json = JSON.readTree(r.value());
                        events.add(new Event(
                                r.key(),
                                json.path("type").asText(),
                                json.path("eventId").asText()));
                    } catch (Exception e) {
                        events.add(new Event(r.key(), "UNREADABLE", ""));
                    }
                });
            }
        }
        return events;
    }

    /** How many distinct events of the type the dossier had. */
    static long count(List<Event> events, String code, String type) {
        return events.stream()
                .filter(e -> code.equals(e.code()) && type.equals(e.type()))
                .map(Event::eventId)
                .distinct()
                .count();
    }

    /** How many times events of the type were written for the dossier, redeliveries included. */
    static long writes(List<Event> events, String code, String type) {
        return events.stream()
                .filter(e -> code.equals(e.code()) && type.equals(e.type()))
                .count();
    }
}
