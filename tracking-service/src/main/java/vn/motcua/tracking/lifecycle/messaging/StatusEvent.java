package vn.motcua.tracking.lifecycle.messaging;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.tracking.common.domain.EventIds;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.outbox.domain.OutboxMessage;

/**
 * What tracking publishes on dossier-status-events, keyed by dossier code: every transition with the
 * national status code, the due date in force, the outcome once resolved, and the actor's role and agency
 * (DOSSIER_DEADLINE_SET tells intake and the notifier the appointment). {@code reason} is free text an officer
 * typed for the citizen (what to supplement, why it stopped): validated for length and control characters only,
 * so every consumer treats it as untrusted text (render it as text, never as HTML or a template); {@code
 * newAppointmentAt} is form 04's date. {@code appointmentGiven} (DOSSIER_DEADLINE_SET only) says whether intake's
 * receipt already gave the citizen this appointment: the notifier and intake act only when it did not, and skip the
 * event without touching their databases otherwise. {@code imported} is true for a dossier replayed by the legacy
 * import (null otherwise): no intake event, so no contact details, will ever come for it.
 * The actor's display name, title and department, and the step a hand-over opened, feed intake's progress
 * updates to the national portal (an officer's name is the public record of who handled a dossier, not a
 * citizen's personal data). {@code actorAgencyName} (DOSSIER_APOLOGY_ISSUED only) names the agency that apologises,
 * which after a hand-over is not the receiving one whose name the notifier has. {@code supplementPolicy}
 * (DOSSIER_SUPPLEMENT_REQUESTED only) says whether the clock pauses or restarts, which the citizen's message must
 * say rightly. No citizen's personal data: the
 * notifier has the contact details from intake's events.
 */
public record StatusEvent(
        String eventId,
        String type,
        String dossierCode,
        Instant occurredAt,
        int nationalStatus,
        String status,
        String agencyCode,
        String procedureCode,
        Instant dueAt,
        String outcome,
        String actorRole,
        String actorAgency,
        String reason,
        Instant newAppointmentAt,
        String actorName,
        String actorTitle,
        String actorDepartment,
        Step step,
        Boolean appointmentGiven,
        Boolean imported,
        String actorAgencyName,
        String supplementPolicy)
        implements OutboxMessage {

    /** The message key: events of one dossier keep their order on the topic. */
    @Override
    public String aggregateId() {
        return dossierCode;
    }

    /** The processing step an event opened (a hand-over): what the national portal's progress update needs. */
    public record Step(int number, String name, String toAgency, Instant startedAt, Instant dueAt) {
        static Step of(DossierStep s) {
            return new Step(s.stepNo, s.name, s.toAgency, s.startedAt, s.dueAt);
        }
    }

    public static final String DEADLINE_SET = "DOSSIER_DEADLINE_SET";
    public static final String SUPPLEMENT_REQUESTED = "DOSSIER_SUPPLEMENT_REQUESTED";
    /**
     * The legal due date recomputed after the year's calendar changed, or found at the start of the clock to differ
     * from the receipt's appointment computed before that change (dueAt is the new one).
     */
    public static final String DEADLINE_CHANGED = "DOSSIER_DEADLINE_CHANGED";

    public static final String OVERDUE = "DOSSIER_OVERDUE";
    public static final String DUE_SOON = "DOSSIER_DUE_SOON";
    /** A hand-over step past its own due time (to the holding agency's supervisors), and its warning before. */
    public static final String STEP_OVERDUE = "DOSSIER_STEP_OVERDUE";

    public static final String STEP_DUE_SOON = "DOSSIER_STEP_DUE_SOON";
    public static final String MOVED = "DOSSIER_AGENCY_MERGED";

    public static String newId() {
        return EventIds.next();
    }

    /**
     * The event for {@code type} that just happened to {@code d}, as it stands after it; {@code appointmentGiven} is
     * null except on DOSSIER_DEADLINE_SET.
     */
    public static StatusEvent of(
            String type,
            TrackedDossier d,
            Instant occurredAt,
            Actor actor,
            String reason,
            Optional<DossierStep> step,
            Boolean appointmentGiven) {
        return new StatusEvent(
                newId(),
                type,
                d.code,
                occurredAt,
                d.status.nationalCode,
                d.status.name(),
                d.holdingAgency,
                d.procedureCode,
                d.dueAt,
                d.outcome == null ? null : d.outcome.name(),
                actor.role(),
                actor.agency().orElse(null),
                reason,
                d.newAppointmentAt,
                actor.isUser() ? actor.displayName().orElse(actor.name()) : null,
                actor.title().orElse(null),
                actor.department().orElse(null),
                step.map(Step::of).orElse(null),
                appointmentGiven,
                d.imported ? Boolean.TRUE : null,
                actor.agencyName().orElse(null),
                type.equals(SUPPLEMENT_REQUESTED) ? d.supplementPolicy.name() : null);
    }
}
