package vn.motcua.intake.inbox.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.intake.common.persistence.TransientRetry;
import vn.motcua.intake.dossier.service.StatusEventEffects;
import vn.motcua.intake.portal.domain.PortalCodes;
import vn.motcua.intake.portal.service.PortalQueue;

/**
 * Tracking's status events, a poll at a time. Each poll is read first (poison goes alone to the dead-letter
 * topic), then applied in one transaction: DOSSIER_DEADLINE_SET fills in an appointment that could not be
 * computed at intake time (the receipt says "pending" until then; filling in only an empty one is idempotent),
 * DOSSIER_DEADLINE_CHANGED (the calendar changed after receipt) moves it to the recomputed due date unless an
 * apology (form 04) set its own, and every change of a dossier is queued for the national portal (by event id, so a
 * redelivery is a no-op) but a deadline the receipt already gave, which changes nothing there.
 */
@ApplicationScoped
public class StatusEventConsumer {
    static final String TOPIC = "dossier-status-events";
    static final String DEADLINE_SET = "DOSSIER_DEADLINE_SET";
    static final String DEADLINE_CHANGED = "DOSSIER_DEADLINE_CHANGED";

    private final ObjectMapper json;
    private final DeadLetters deadLetters;
    private final StatusEventEffects effects;
    private final TransientRetry retry;

    public StatusEventConsumer(
            ObjectMapper json, DeadLetters deadLetters, StatusEventEffects effects, TransientRetry retry) {
        this.json = json;
        this.deadLetters = deadLetters;
        this.effects = effects;
        this.retry = retry;
    }

    @Incoming("status-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        Map<String, Instant> due = new LinkedHashMap<>();
        Map<String, Instant> moved = new LinkedHashMap<>();
        List<PortalQueue.StatusChange> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                read(record.value(), due, moved, changes);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException poison) {
                Log.warnf("dead-lettering a status event (key %s): %s", record.key(), poison.getMessage());
                deadLetters.send(TOPIC, record.key(), record.value(), String.valueOf(poison.getMessage()));
            }
        }
        if (due.isEmpty() && moved.isEmpty() && changes.isEmpty()) {
            return; // nothing in the poll changes intake: no transaction
        }
        // A deadlock or a database node lost is tried again; other failures (shutting down, the database away for
        // good) propagate: no commit, redelivered after a restart.
        retry.run("a poll of " + records.count() + " status events", () -> effects.apply(due, moved, changes));
    }

    private void read(
            String value, Map<String, Instant> due, Map<String, Instant> moved, List<PortalQueue.StatusChange> changes)
            throws JsonProcessingException {
        JsonNode event = json.readTree(value);
        String eventId = event.path("eventId").asText("");
        String type = event.path("type").asText("");
        if (eventId.isBlank() || type.isBlank()) {
            return;
        }
        String code = event.path("dossierCode").asText("");
        if (code.isBlank()) {
            throw new IllegalArgumentException("status event without dossierCode");
        }
        Instant occurredAt = Instant.parse(event.path("occurredAt").asText());
        // Only a dossier whose receipt went out without an appointment waits for this one; tracking says which.
        boolean given =
                DEADLINE_SET.equals(type) && event.path("appointmentGiven").asBoolean(false);
        if (DEADLINE_SET.equals(type) && !given) {
            // The first deadline of a dossier in the poll wins, as it would have one event at a time.
            due.putIfAbsent(code, Instant.parse(event.path("dueAt").asText()));
        }
        if (DEADLINE_CHANGED.equals(type) && !event.hasNonNull("newAppointmentAt")) {
            moved.put(code, Instant.parse(event.path("dueAt").asText())); // the poll's last one wins: partition order
        }
        // A deadline the receipt already gave leaves the portal's record as intake's own change set it: not queued.
        if (!PortalCodes.ignored(type) && !given) {
            int status = event.path("nationalStatus").asInt(0);
            if (status < 1 || status > 10) {
                throw new IllegalArgumentException("status event without a national status (1-10)");
            }
            changes.add(new PortalQueue.StatusChange(code, eventId, type, status, occurredAt, value));
        }
    }
}
