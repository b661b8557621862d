package vn.motcua.tracking.lifecycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.messaging.StatusEvent;
import vn.motcua.tracking.outbox.service.Outbox;

/** Writes what happened twice, in one transaction: the append-only history and the outbox event. */
@ApplicationScoped
public class Journal {
    private final Outbox outbox;

    public Journal(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TrackedDossier d, String type, Instant at, Actor actor, String note, Integer stepNo) {
        write(d, type, at, actor, note, stepNo, Optional.empty());
    }

    /**
     * DOSSIER_DEADLINE_SET, saying whether intake's receipt already gave the citizen the appointment: consumers that
     * only fill in a missing one then skip the event without a database round trip.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDeadlineSet(TrackedDossier d, Actor actor, boolean appointmentGiven) {
        write(
                d,
                StatusEvent.DEADLINE_SET,
                d.receivedAt,
                actor,
                null,
                null,
                Optional.empty(),
                h -> {},
                appointmentGiven);
    }

    /** As above, for the event that opened {@code step} (a hand-over). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStep(TrackedDossier d, String type, Instant at, Actor actor, String note, DossierStep step) {
        write(d, type, at, actor, note, step.stepNo, Optional.of(step));
    }

    /**
     * DOSSIER_DEADLINE_CHANGED: the new due date is the dossier's, the one it replaced and the cause (a calendar
     * change, when one is known) are kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDeadlineChange(
            TrackedDossier d, Instant at, Instant previousDue, Optional<Long> calendarChangeId, String note) {
        write(
                d,
                StatusEvent.DEADLINE_CHANGED,
                at,
                Actor.system(d.holdingAgency),
                note,
                null,
                Optional.empty(),
                h -> {
                    h.previousDueAt = previousDue;
                    h.calendarChangeId = calendarChangeId.orElse(null);
                },
                null);
    }

    private void write(
            TrackedDossier d,
            String type,
            Instant at,
            Actor actor,
            String note,
            Integer stepNo,
            Optional<DossierStep> step) {
        write(d, type, at, actor, note, stepNo, step, h -> {}, null);
    }

    private void write(
            TrackedDossier d,
            String type,
            Instant at,
            Actor actor,
            String note,
            Integer stepNo,
            Optional<DossierStep> step,
            Consumer<HistoryEntry> more,
            Boolean appointmentGiven) {
        HistoryEntry h = new HistoryEntry();
        h.dossierCode = d.code;
        h.type = type;
        h.status = d.status;
        h.at = at;
        h.dueAt = d.dueAt;
        h.actorRole = actor.role();
        h.actorAgency = actor.agency().orElse(null);
        h.actor = actor.name();
        h.actorName = actor.displayName().orElse(null);
        h.note = note;
        h.stepNo = stepNo;
        more.accept(h);
        h.persist();
        // Imported legacy history is recorded but not published: citizens are not notified of the past.
        if (!actor.role().equals(Actor.IMPORT)) {
            outbox.append(StatusEvent.of(type, d, at, actor, note, step, appointmentGiven));
        }
    }
}
