package vn.motcua.intake.dossier.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.intake.dossier.service.PendingAppointments;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When tracking could not be asked at intake time, its DOSSIER_DEADLINE_SET event fills in the appointment
 * (the receipt says "pending" until then). A poll is read first (poison goes alone to the dead-letter topic),
 * then applied with one statement: filling in only an empty appointment is idempotent, so a redelivered event
 * changes nothing and needs no inbox row.
 */
@ApplicationScoped
public class DeadlineConsumer {
    static final String TOPIC = "dossier-status-events";
    static final String DEADLINE_SET = "DOSSIER_DEADLINE_SET";

    private final ObjectMapper json;
    private final DeadLetters deadLetters;
    private final PendingAppointments appointments;

    public DeadlineConsumer(ObjectMapper json, DeadLetters deadLetters, PendingAppointments appointments) {
        this.json = json;
        this.deadLetters = deadLetters;
        this.appointments = appointments;
    }

    @Incoming("status-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        Map<String, Instant> due = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                read(record.value(), due);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException poison) {
                Log.warnf("dead-lettering a status event (key %s): %s", record.key(), poison.getMessage());
                deadLetters.send(TOPIC, record.key(), record.value(), String.valueOf(poison.getMessage()));
            }
        }
        // Other failures (database away, shutting down) propagate: no commit, redelivered after a restart.
        appointments.fillInPending(due);
    }

    private void read(String value, Map<String, Instant> due) throws JsonProcessingException {
        JsonNode event = json.readTree(value);
        if (event.path("eventId").asText("").isBlank() || !DEADLINE_SET.equals(event.path("type").asText())) {
            return;
        }
        String code = event.path("dossierCode").asText("");
        if (code.isBlank()) {
            throw new IllegalArgumentException("deadline event without dossierCode");
        }
        // The first deadline of a dossier in the poll wins, as it would have one event at a time.
        due.putIfAbsent(code, Instant.parse(event.path("dueAt").asText()));
    }
}
