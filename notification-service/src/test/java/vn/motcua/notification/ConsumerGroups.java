package vn.motcua.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Gives each test run's consumers a group of their own whose offsets are already committed at the end of
 * each topic. The service then reads exactly what a test sends after start-up: no "latest" reset racing the
 * first fetch, and none of the events earlier runs and other modules left on the topics.
 */
public class ConsumerGroups implements QuarkusTestResourceLifecycleManager {
    static final Map<String, String> CHANNELS = Map.of(
            "status-events",
            "dossier-status-events",
            "intake-events",
            "dossier-intake-events",
            "agency-events",
            "agency-events");

    public static String bootstrap() {
        return "127.0.0.1:" + System.getenv().getOrDefault("STACK_KAFKA_PORT", "9092");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin =
                Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap())))) {
            for (var channel : CHANNELS.entrySet()) {
                String group = "notification-service-test-" + channel.getKey() + "-" + run;
                startAtEnd(admin, group, channel.getValue());
                config.put("mp.messaging.incoming." + channel.getKey() + ".group.id", group);
            }
        }
        return config;
    }

    /** Commits the group's offsets at the current end of every partition of the topic. */
    public static void startAtEnd(Admin admin, String group, String topic) {
        try {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            var ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all()
                    .get();
            admin.alterConsumerGroupOffsets(
                            group,
                            ends.entrySet().stream()
                                    .collect(Collectors.toMap(
                                            Map.Entry::getKey,
                                            e -> new OffsetAndMetadata(
                                                    e.getValue().offset()))))
                    .all()
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "could not commit " + group + " at the end of " + topic + " on " + bootstrap(), e);
        }
    }

    @Override
    public void stop() {}
}
