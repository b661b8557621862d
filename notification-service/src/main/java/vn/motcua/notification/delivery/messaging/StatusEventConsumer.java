package vn.motcua.notification.delivery.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.delivery.domain.ProcessedEvent;

/**
 * Consumes dossier status events at least once and handles each exactly once (inbox in the same
 * transaction). Unreadable events go to the dead-letter topic instead of blocking the partition.
 */
@ApplicationScoped
public class StatusEventConsumer {
    static final String TOPIC = "dossier-status-events";

    private final ObjectMapper json;
    private final MeterRegistry registry;

    public StatusEventConsumer(ObjectMapper json, MeterRegistry registry) {
        this.json = json;
        this.registry = registry;
    }

    @Incoming("status-events")
    @Blocking
    @Transactional
    public void consume(String value) throws JsonProcessingException {
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
