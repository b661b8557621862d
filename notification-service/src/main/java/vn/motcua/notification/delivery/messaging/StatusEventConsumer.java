package vn.motcua.notification.delivery.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.delivery.domain.ProcessedEvent;

/**
 * Consumes dossier status events at least once and handles each exactly once (inbox in the same
 * transaction). Only poison (unreadable, incomplete) goes to the dead-letter topic, written here; a failure of
 * our own stops the channel without committing, so the event is redelivered after a restart.
 */
@ApplicationScoped
public class StatusEventConsumer {
    static final String TOPIC = "dossier-status-events";

    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final DeadLetters deadLetters;

    public StatusEventConsumer(ObjectMapper json, MeterRegistry registry, DeadLetters deadLetters) {
        this.json = json;
        this.registry = registry;
        this.deadLetters = deadLetters;
    }

    @Incoming("status-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        try {
            apply(record.value());
        } catch (JsonProcessingException | IllegalArgumentException poison) {
            registry.counter("notification_events_dead_lettered_total", "topic", TOPIC).increment();
            deadLetters.send(TOPIC, record.key(), record.value(), String.valueOf(poison.getMessage()));
        }
        // Other failures (database away, shutting down) propagate: no commit, redelivered after a restart.
    }

    private void apply(String value) throws JsonProcessingException {
        JsonNode event = json.readTree(value);
        String eventId = event.path("eventId").asText("");
        String type = event.path("type").asText("");
        if (eventId.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("status event without eventId or type");
        }
        if (!ProcessedEvent.markProcessed(eventId, TOPIC)) {
            registry.counter("notification_events_duplicate_total", "topic", TOPIC).increment();
            return;
        }
        registry.counter("notification_events_handled_total", "topic", TOPIC, "type", type).increment();
    }
}
