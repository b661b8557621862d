package vn.motcua.tracking.lifecycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.messaging.StatusEvent;
import vn.motcua.tracking.outbox.service.Outbox;

import java.time.Instant;

/** Writes what happened twice, in one transaction: the append-only history and the outbox event. */
@ApplicationScoped
public class Journal {
    private final Outbox outbox;

    public Journal(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TrackedDossier d, String type, Instant at, Actor actor, String note, Integer stepNo) {
        HistoryEntry h = new HistoryEntry();
        h.dossierCode = d.code;
        h.type = type;
        h.status = d.status;
        h.at = at;
        h.dueAt = d.dueAt;
        h.actorRole = actor.role();
        h.actorAgency = actor.agency().orElse(null);
        h.actor = actor.name();
        h.note = note;
        h.stepNo = stepNo;
        h.persist();
        // Imported legacy history is recorded but not published: citizens are not notified of the past.
        if (!actor.role().equals(Actor.IMPORT)) {
            outbox.append(StatusEvent.of(type, d, at, actor, note));
        }
    }
}
