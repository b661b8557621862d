package vn.motcua.notification.delivery.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.notification.common.persistence.CommittedCounters;
import vn.motcua.notification.common.persistence.DuplicateKey;
import vn.motcua.notification.inbox.service.Inbox;
import vn.motcua.notification.recipient.domain.Recipient;

/**
 * Applies a checked poll of events from one topic in one transaction: the inbox rows of the new ones, the
 * recipients of their dossiers in one read (not of a dossier whose first event it is), then each event in
 * partition order. An event whose dossier
 * has no contact details yet is parked, not dropped ({@link ParkedEvents}). An event that can have no effect
 * ({@link EventNotifier#skip}) is left out first: a poll of only such events costs no transaction.
 */
@ApplicationScoped
public class EventBatch {
    private final Inbox inbox;
    private final EventNotifier notifier;
    private final ParkedEvents parked;
    private final CommittedCounters counters;

    public EventBatch(Inbox inbox, EventNotifier notifier, ParkedEvents parked, CommittedCounters counters) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.parked = parked;
        this.counters = counters;
    }

    public void apply(List<JsonNode> polled, String topic) {
        List<JsonNode> events =
                polled.stream().filter(e -> !notifier.skip(e, topic)).toList();
        if (events.isEmpty()) {
            return; // nothing in the poll can have an effect: no transaction at all
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyOnce(events, topic, false));
        } catch (RuntimeException e) {
            if (!DuplicateKey.in(e)) {
                throw e;
            }
            // A dossier's first event met a recipient known already (a replay, a code reused): rare, so the poll
            // did not read first; only now is it applied again, reading every dossier's recipient.
            Log.infof("a poll of %d events met a recipient known already; applied again", events.size());
            QuarkusTransaction.requiringNew().run(() -> applyOnce(events, topic, true));
        }
    }

    private void applyOnce(List<JsonNode> events, String topic, boolean readAll) {
        Set<String> fresh =
                inbox.claim(events.stream().map(e -> e.path("eventId").asText()).toList(), topic);
        Map<String, Recipient> known = Recipient.forDossiers(events.stream()
                .filter(e -> readAll || !opensDossier(e))
                .map(e -> e.path("dossierCode").asText())
                .distinct()
                .toList());
        for (JsonNode event : events) {
            if (!fresh.remove(event.path("eventId").asText())) {
                counters.increment("notification_events_duplicate_total", "topic", topic);
                continue;
            }
            EventNotifier.Outcome outcome = notifier.apply(event, topic, known);
            if (outcome == EventNotifier.Outcome.PARK) {
                parked.park(event, topic);
            }
        }
    }

    /**
     * A dossier's first event, which no recipient can precede: an online submission, a receipt at the counter. Its
     * recipient is written without being looked up; one there already fails at the key, and the poll runs again.
     */
    static boolean opensDossier(JsonNode event) {
        String type = event.path("type").asText();
        return "DOSSIER_SUBMITTED".equals(type)
                || "DOSSIER_RECEIVED".equals(type)
                        && "COUNTER".equals(event.path("channel").asText());
    }
}
