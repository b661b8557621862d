package vn.motcua.tracking.inbox.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.tracking.common.persistence.CommittedCounters;
import vn.motcua.tracking.common.persistence.DuplicateKey;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.satisfaction.service.Refusals;

/**
 * Applies a checked poll of intake events in one transaction: the inbox rows of the new ones, then each
 * effect in the order the partition gave them. A redelivered event (or one repeated inside the poll) is
 * skipped at the inbox; a second receipt of a tracked dossier under another event id is refused by the
 * dossier's key, and the poll is then applied again, this time skipping it.
 */
@ApplicationScoped
public class IntakeEventBatch {
    public static final String TOPIC = "dossier-intake-events";

    /** One readable event; {@code event} is present for the types tracking acts on. */
    public record Received(String eventId, String type, Optional<IntakeEvent> event) {}

    private final Inbox inbox;
    private final DossierTracking tracking;
    private final Refusals refusals;
    private final CommittedCounters counters;

    public IntakeEventBatch(Inbox inbox, DossierTracking tracking, Refusals refusals, CommittedCounters counters) {
        this.inbox = inbox;
        this.tracking = tracking;
        this.refusals = refusals;
        this.counters = counters;
    }

    public void apply(List<Received> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyOnce(events, false));
        } catch (RuntimeException e) {
            if (!DuplicateKey.in(e)) {
                throw e;
            }
            // A receipt of a dossier tracked already (a replay, a code reused on a shared topic): rare, so the
            // poll does not read first; only now is it applied again, looking up which dossiers are tracked.
            Log.infof("a poll of %d intake events met a dossier tracked already; applied again", events.size());
            QuarkusTransaction.requiringNew().run(() -> applyOnce(events, true));
        }
    }

    private void applyOnce(List<Received> events, boolean lookFirst) {
        Set<String> fresh = inbox.claim(events.stream().map(Received::eventId).toList(), TOPIC);
        Set<String> tracked = new HashSet<>(
                lookFirst
                        ? tracking.alreadyTracked(events.stream()
                                .filter(r -> IntakeEvent.RECEIVED.equals(r.type()))
                                .map(r -> r.event().get().dossierCode())
                                .toList())
                        : List.of());
        Set<String> refused = new HashSet<>(refusals.alreadyRefused(events.stream()
                .filter(r -> IntakeEvent.NOT_ACCEPTED.equals(r.type()))
                .map(r -> r.event().get().dossierCode())
                .toList()));
        for (Received r : events) {
            if (!fresh.remove(r.eventId())) {
                counters.increment("tracking_events_duplicate_total", "topic", TOPIC);
                continue;
            }
            if (IntakeEvent.RECEIVED.equals(r.type())) {
                IntakeEvent e = r.event().get();
                if (tracked.add(e.dossierCode())) {
                    tracking.start(e);
                } else {
                    Log.warnf("dossier %s is tracked already; event %s ignored", e.dossierCode(), e.eventId());
                }
            } else if (IntakeEvent.NOT_ACCEPTED.equals(r.type())) {
                IntakeEvent e = r.event().get();
                if (!refused.add(e.dossierCode())) {
                    Log.warnf("dossier %s is refused already; event %s ignored", e.dossierCode(), e.eventId());
                    continue;
                }
                tracking.notAccepted(e);
                refusals.remember(
                        e.dossierCode(),
                        e.agencyCode(),
                        e.procedureCode(),
                        e.procedureName(),
                        e.applicant() == null ? null : e.applicant().idHash(),
                        e.occurredAt());
            } else if (IntakeEvent.SUPPLEMENT_SUBMITTED.equals(r.type())) {
                tracking.papersSupplied(r.event().get());
            }
            counters.increment("tracking_events_applied_total", "topic", TOPIC, "type", r.type());
        }
    }
}
