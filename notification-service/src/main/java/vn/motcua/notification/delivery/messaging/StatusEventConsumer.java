package vn.motcua.notification.delivery.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.delivery.service.EventNotifier;

import java.time.format.DateTimeParseException;

/**
 * Consumes intake's and tracking's dossier events at least once and handles each exactly once (inbox in the
 * same transaction as the planned deliveries). Only poison (unreadable, incomplete, unknown type) goes to the
 * dead-letter topic, written here; a failure of our own stops the channel without committing, so the event
 * is redelivered after a restart.
 */
@ApplicationScoped
public class StatusEventConsumer {
    private final ObjectMapper json;
    private final EventNotifier notifier;
    private final MeterRegistry registry;
    private final DeadLetters deadLetters;

    public StatusEventConsumer(ObjectMapper json, EventNotifier notifier, MeterRegistry registry, DeadLetters deadLetters) {
        this.json = json;
        this.notifier = notifier;
        this.registry = registry;
        this.deadLetters = deadLetters;
    }

    @Incoming("status-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        handle(record);
    }

    @Incoming("intake-events")
    @Blocking
    @Transactional
    public void consumeIntake(ConsumerRecord<String, String> record) {
        handle(record);
    }

    private void handle(ConsumerRecord<String, String> record) {
        try {
            notifier.handle(json.readTree(record.value()), record.topic());
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException poison) {
            registry.counter("notification_events_dead_lettered_total", "topic", record.topic()).increment();
            deadLetters.send(record.topic(), record.key(), record.value(), String.valueOf(poison.getMessage()));
        }
        // Other failures (database away, shutting down) propagate: no commit, redelivered after a restart.
    }
}
