package vn.motcua.tracking.restructuring.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.tracking.common.persistence.TransientRetry;
import vn.motcua.tracking.inbox.messaging.DeadLetters;
import vn.motcua.tracking.inbox.service.Inbox;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.restructuring.service.AgencyMerger;

/**
 * Intake's agency registry events (agency-events): AGENCY_MERGED moves every dossier the dissolved agency still has
 * to act on to its successor, in one transaction with the event's inbox row, so a redelivery moves nothing twice.
 * Intake has checked the successor (it owns the registry); unreadable events go to the dead-letter topic.
 */
@ApplicationScoped
public class AgencyEventConsumer {
    static final String TOPIC = "agency-events";
    private final ObjectMapper json;
    private final Inbox inbox;
    private final AgencyMerger merger;
    private final DeadLetters deadLetters;
    private final TransientRetry retry;

    public AgencyEventConsumer(
            ObjectMapper json, Inbox inbox, AgencyMerger merger, DeadLetters deadLetters, TransientRetry retry) {
        this.json = json;
        this.inbox = inbox;
        this.merger = merger;
        this.deadLetters = deadLetters;
        this.retry = retry;
    }

    @Incoming("agency-events")
    @Blocking
    public void consume(String value) {
        JsonNode e;
        Instant at;
        try {
            e = json.readTree(value);
            at = Instant.parse(e.path("occurredAt").asText());
            if (e.path("eventId").asText("").isBlank()
                    || e.path("agencyCode").asText("").isBlank()) {
                throw new IllegalArgumentException("agency event without eventId or agencyCode");
            }
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException poison) {
            Log.warnf("dead-lettering an agency event: %s", poison.getMessage());
            deadLetters.send(TOPIC, null, value, String.valueOf(poison.getMessage()));
            return;
        }
        if (!"AGENCY_MERGED".equals(e.path("type").asText())) {
            return; // another kind of registry event
        }
        Actor admin = new Actor(e.path("actor").asText("admin"), "admin", Optional.empty());
        // A deadlock or a database node lost is tried again, as for the dossier channels (TransientRetry).
        retry.run(
                "agency event " + e.get("eventId").asText(),
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (!inbox.claim(List.of(e.get("eventId").asText()), TOPIC).isEmpty()) { // else applied already
                        merger.merge(
                                e.get("agencyCode").asText(),
                                e.path("successorCode").asText(),
                                admin,
                                at);
                    }
                }));
    }
}
