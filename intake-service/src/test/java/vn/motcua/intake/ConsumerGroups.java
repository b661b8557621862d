package vn.motcua.intake;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Waits until the service's consumer group owns every partition, so that what a test sends next is read. */
public final class ConsumerGroups {
    private ConsumerGroups() {}

    public static void awaitAssigned(String bootstrap, String group, int partitions) {
        awaitAssigned(bootstrap, group, partitions, 1);
    }

    /**
     * As above, once at least {@code members} instances have joined: a second instance joining later would take
     * partitions away in a rebalance, and a member that has committed nothing on a partition it is handed resumes
     * at "latest", after whatever was sent in between.
     */
    public static void awaitAssigned(String bootstrap, String group, int partitions, int members) {
        try (Admin admin =
                Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)))) {
            // Until the service's first member has joined, the group does not exist (GroupIdNotFoundException).
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
                ConsumerGroupDescription d =
                        admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                return d.members().size() >= members
                        && d.members().stream()
                                        .mapToInt(m ->
                                                m.assignment().topicPartitions().size())
                                        .sum()
                                == partitions;
            });
        }
        // The members fix their "latest" position on the poll that follows the assignment.
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
    }

    /**
     * Commits a new group's offsets at the current end of every partition of the topic, before any member joins:
     * whoever is handed a partition later (after a kill, a restart) resumes there or after, never at a "latest"
     * taken at that moment, which would skip what was sent while the partition had no owner.
     */
    public static void startAtEnd(String bootstrap, String group, String topic) {
        try (Admin admin =
                Admin.create(TestKafka.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)))) {
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
            throw new IllegalStateException("could not commit " + group + " at the end of " + topic, e);
        }
    }
}
