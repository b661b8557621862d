package vn.motcua.notification.agency.messaging;

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
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.agency.service.AgencyMailboxes;
import vn.motcua.notification.common.persistence.TransientRetry;
import vn.motcua.notification.inbox.messaging.DeadLetters;
import vn.motcua.notification.inbox.service.Inbox;

/** Intake's agency-events: AGENCY_MERGED, applied once (its inbox row in the same transaction). */
@ApplicationScoped
public class AgencyEventConsumer {
    static final String TOPIC = "agency-events";
    private final ObjectMapper json;
    private final Inbox inbox;
    private final AgencyMailboxes mailboxes;
    private final DeadLetters deadLetters;
    private final TransientRetry retry;

    public AgencyEventConsumer(
            ObjectMapper json, Inbox inbox, AgencyMailboxes mailboxes, DeadLetters deadLetters, TransientRetry retry) {
        this.json = json;
        this.inbox = inbox;
        this.mailboxes = mailboxes;
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
        // A deadlock or a database node lost is tried again, as for the dossier channels (TransientRetry).
        retry.run(
                "agency event " + e.get("eventId").asText(),
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (!inbox.claim(List.of(e.get("eventId").asText()), TOPIC).isEmpty()) { // else applied already
                        mailboxes.merged(
                                e.get("agencyCode").asText(),
                                e.path("successorCode").asText(),
                                at);
                    }
                }));
    }
}
