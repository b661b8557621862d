package vn.motcua.notification.delivery.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.delivery.service.EventNotifier;

/**
 * Consumes intake's and tracking's dossier events at least once and handles each exactly once (inbox in the
 * same transaction as the planned deliveries). An unreadable event or an unknown type goes to the
 * dead-letter topic instead of blocking the partition.
 */
@ApplicationScoped
public class StatusEventConsumer {
    static final String STATUS_TOPIC = "dossier-status-events";
    static final String INTAKE_TOPIC = "dossier-intake-events";

    private final ObjectMapper json;
    private final EventNotifier notifier;
    private final MeterRegistry registry;

    public StatusEventConsumer(ObjectMapper json, EventNotifier notifier, MeterRegistry registry) {
        this.json = json;
        this.notifier = notifier;
        this.registry = registry;
    }

    @Incoming("status-events")
    @Blocking
    @Transactional
    public void consume(String value) throws JsonProcessingException {
        handle(value, STATUS_TOPIC);
    }

    @Incoming("intake-events")
    @Blocking
    @Transactional
    public void consumeIntake(String value) throws JsonProcessingException {
        handle(value, INTAKE_TOPIC);
    }

    private void handle(String value, String topic) throws JsonProcessingException {
        try {
            notifier.handle(json.readTree(value), topic);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            registry.counter("notification_events_dead_lettered_total", "topic", topic).increment();
            throw e;
        }
    }
}
