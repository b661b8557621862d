package vn.motcua.tracking.inbox.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.tracking.inbox.domain.ProcessedEvent;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * Consumes intake-service's dossier events at least once and applies each exactly once: the event id is
 * recorded in the same transaction as the effect. Only poison (unreadable, incomplete) goes to the dead-letter
 * topic, written here before the offset is committed.
 */
@ApplicationScoped
public class IntakeEventConsumer {
    static final String TOPIC = "dossier-intake-events";

    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final DossierTracking tracking;
    private final DeadLetters deadLetters;

    public IntakeEventConsumer(ObjectMapper json, MeterRegistry registry, DossierTracking tracking, DeadLetters deadLetters) {
        this.json = json;
        this.registry = registry;
        this.tracking = tracking;
        this.deadLetters = deadLetters;
    }

    @Incoming("intake-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        try {
            apply(record.value());
        } catch (JsonProcessingException | IllegalArgumentException poison) {
            // Poison is recognised before the effect is written; its inbox row (if any) marks it handled.
            registry.counter("tracking_events_dead_lettered_total", "topic", TOPIC).increment();
            Log.warnf("dead-lettering an intake event (key %s): %s", record.key(), poison.getMessage());
            deadLetters.send(TOPIC, record.key(), record.value(), String.valueOf(poison.getMessage()));
        }
        // Any other failure (database away, the service shutting down) propagates: the channel fails without
        // committing the offset, and the event comes again after a restart; it is never dead-lettered for it.
    }

    private void apply(String value) throws JsonProcessingException {
        JsonNode event = json.readTree(value);
        String eventId = event.path("eventId").asText("");
        String type = event.path("type").asText("");
        if (eventId.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("intake event without eventId or type");
        }
        if (!ProcessedEvent.markProcessed(eventId, TOPIC)) {
            registry.counter("tracking_events_duplicate_total", "topic", TOPIC).increment();
            Log.debugf("event %s already applied, skipped", eventId);
            return;
        }
        if (IntakeEvent.RECEIVED.equals(type)) {
            tracking.start(json.treeToValue(event, IntakeEvent.class));
        } else if (IntakeEvent.NOT_ACCEPTED.equals(type)) {
            tracking.notAccepted(json.treeToValue(event, IntakeEvent.class));
        }
        registry.counter("tracking_events_applied_total", "topic", TOPIC, "type", type).increment();
        Log.debugf("applied %s %s for %s", type, eventId, event.path("dossierCode").asText());
    }
}
