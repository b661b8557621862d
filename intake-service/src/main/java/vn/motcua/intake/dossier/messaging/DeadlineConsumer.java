package vn.motcua.intake.dossier.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.ProcessedEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When tracking could not be asked at intake time, its DOSSIER_DEADLINE_SET event fills in the appointment
 * (the receipt says "pending" until then). An appointment already given is never changed here.
 */
@ApplicationScoped
public class DeadlineConsumer {
    static final String TOPIC = "dossier-status-events";
    static final String DEADLINE_SET = "DOSSIER_DEADLINE_SET";

    private final ObjectMapper json;
    private final DeadLetters deadLetters;

    public DeadlineConsumer(ObjectMapper json, DeadLetters deadLetters) {
        this.json = json;
        this.deadLetters = deadLetters;
    }

    @Incoming("status-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        try {
            apply(record.value());
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException poison) {
            Log.warnf("dead-lettering a status event (key %s): %s", record.key(), poison.getMessage());
            deadLetters.send(TOPIC, record.key(), record.value(), String.valueOf(poison.getMessage()));
        }
        // Other failures (database away, shutting down) propagate: no commit, redelivered after a restart.
    }

    private void apply(String value) throws JsonProcessingException {
        JsonNode event = json.readTree(value);
        String eventId = event.path("eventId").asText("");
        if (eventId.isBlank() || !DEADLINE_SET.equals(event.path("type").asText())) {
            return;
        }
        Instant due = Instant.parse(event.path("dueAt").asText());
        if (!ProcessedEvent.markProcessed(eventId, TOPIC)) {
            return;
        }
        Dossier.byCode(event.path("dossierCode").asText()).filter(d -> d.appointmentAt == null).ifPresent(d -> {
            d.appointmentAt = due;
            Log.infof("appointment of %s filled in from tracking's deadline: %s", d.code, due);
        });
    }
}
