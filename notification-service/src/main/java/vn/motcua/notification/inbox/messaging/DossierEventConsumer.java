package vn.motcua.notification.inbox.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.common.persistence.TransientRetry;
import vn.motcua.notification.delivery.service.EventBatch;
import vn.motcua.notification.delivery.service.EventNotifier;

/**
 * Consumes intake's and tracking's dossier events a poll at a time: every record is checked first, poison
 * (unreadable, incomplete, unknown type) goes alone to the dead-letter topic, and the rest is applied in one
 * transaction with its inbox rows ({@link EventBatch}), again if the database refused it for a moment. Another
 * failure of our own stops the channel without committing, so the poll is redelivered after a restart.
 */
@ApplicationScoped
public class DossierEventConsumer {
    private final ObjectMapper json;
    private final EventNotifier notifier;
    private final EventBatch batch;
    private final MeterRegistry registry;
    private final DeadLetters deadLetters;
    private final TransientRetry retry;

    public DossierEventConsumer(
            ObjectMapper json,
            EventNotifier notifier,
            EventBatch batch,
            MeterRegistry registry,
            DeadLetters deadLetters,
            TransientRetry retry) {
        this.json = json;
        this.notifier = notifier;
        this.batch = batch;
        this.registry = registry;
        this.deadLetters = deadLetters;
        this.retry = retry;
    }

    @Incoming("status-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        handle(records, "dossier-status-events");
    }

    @Incoming("intake-events")
    @Blocking
    public void consumeIntake(ConsumerRecords<String, String> records) {
        handle(records, "dossier-intake-events");
    }

    private void handle(ConsumerRecords<String, String> records, String topic) {
        registry.summary("notification_consumer_batch_size", "topic", topic).record(records.count());
        List<JsonNode> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                JsonNode event = json.readTree(record.value());
                notifier.check(event);
                events.add(event);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException poison) {
                registry.counter("notification_events_dead_lettered_total", "topic", record.topic())
                        .increment();
                deadLetters.send(record.topic(), record.key(), record.value(), String.valueOf(poison.getMessage()));
            }
        }
        // A deadlock or a database node lost is tried again; other failures (shutting down, the database away for
        // good) propagate: no commit, redelivered after a restart.
        retry.run("a poll of " + events.size() + " events of " + topic, () -> batch.apply(events, topic));
    }
}
