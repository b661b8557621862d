package vn.motcua.tracking.lifecycle.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.HistoryLabels;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.Transitions;

/** A dossier's whole story: every transition, step and pause with times, the due date in force and the outcome. */
public record TimelineView(
        String code,
        String agencyCode,
        String holdingAgency,
        String procedureCode,
        String procedureName,
        String channel,
        BigDecimal workingDays,
        String supplementPolicy,
        String status,
        String statusLabel,
        int nationalStatus,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        boolean paused,
        boolean overdue,
        OffsetDateTime resolvedAt,
        String outcome,
        String outcomeLabel,
        OffsetDateTime newAppointmentAt,
        List<String> allowedActions,
        Map<String, String> actionLabels,
        List<Entry> history,
        List<Step> steps) {

    /**
     * One line of the history: {@code label} what happened (an action as its button reads, or what the clock did),
     * {@code internal} for the clock's warnings to the agency (due soon, a step's deadline), which a citizen's page
     * leaves out.
     */
    public record Entry(
            String type,
            String label,
            boolean internal,
            String status,
            String statusLabel,
            OffsetDateTime at,
            OffsetDateTime dueAt,
            String actor,
            String actorRole,
            String actorAgency,
            String note,
            Integer stepNo) {}

    public record Step(
            int stepNo,
            String name,
            String fromActor,
            String fromAgency,
            String toActor,
            String toAgency,
            OffsetDateTime startedAt,
            BigDecimal workingDays,
            OffsetDateTime dueAt,
            OffsetDateTime endedAt,
            String outcome) {}

    public static TimelineView of(
            TrackedDossier d, List<HistoryEntry> history, List<DossierStep> steps, ZoneId zone, Instant now) {
        List<Action> allowed = Transitions.offered(d.status, d.outcome, d.apologyAt != null);
        // The pages show these labels, so an action reads the same on the button as in the history and the forms.
        Map<String, String> labels = new LinkedHashMap<>();
        allowed.forEach(a -> labels.put(a.name(), a.label));
        return new TimelineView(
                d.code,
                d.agencyCode,
                d.holdingAgency,
                d.procedureCode,
                d.procedureName,
                d.channel,
                d.workingDays.stripTrailingZeros(),
                d.supplementPolicy.name(),
                d.status.name(),
                d.status.label,
                d.status.nationalCode,
                at(d.receivedAt, zone),
                at(d.dueAt, zone),
                d.pausedAt != null,
                d.endedAt == null && d.pausedAt == null && now.isAfter(d.dueAt),
                at(d.resolvedAt, zone),
                d.outcome == null ? null : d.outcome.name(),
                d.outcome == null ? null : d.outcome.label,
                at(d.newAppointmentAt, zone),
                allowed.stream().map(Enum::name).toList(),
                labels,
                history.stream()
                        .map(h -> new Entry(
                                h.type,
                                HistoryLabels.of(h.type, h.status),
                                HistoryLabels.internal(h.type),
                                h.status.name(),
                                h.status.label,
                                at(h.at, zone),
                                at(h.dueAt, zone),
                                h.actor,
                                h.actorRole,
                                h.actorAgency,
                                h.note,
                                h.stepNo))
                        .toList(),
                steps.stream()
                        .map(s -> new Step(
                                s.stepNo,
                                s.name,
                                s.fromActor,
                                s.fromAgency,
                                s.toActor,
                                s.toAgency,
                                at(s.startedAt, zone),
                                s.workingDays.stripTrailingZeros(),
                                at(s.dueAt, zone),
                                at(s.endedAt, zone),
                                s.outcome == null ? null : s.outcome.name()))
                        .toList());
    }

    /**
     * What the applicant may read: no officer's account name, none of the clock's warnings to the agency, none of the
     * officers' actions.
     */
    public TimelineView forApplicant() {
        return new TimelineView(
                code,
                agencyCode,
                holdingAgency,
                procedureCode,
                procedureName,
                channel,
                workingDays,
                supplementPolicy,
                status,
                statusLabel,
                nationalStatus,
                receivedAt,
                dueAt,
                paused,
                overdue,
                resolvedAt,
                outcome,
                outcomeLabel,
                newAppointmentAt,
                List.of(), // the actions are the staff's; the applicant takes none of them
                Map.of(),
                history.stream()
                        .filter(h -> !h.internal())
                        .map(h -> new Entry(
                                h.type(),
                                h.label(),
                                false,
                                h.status(),
                                h.statusLabel(),
                                h.at(),
                                h.dueAt(),
                                null,
                                h.actorRole(),
                                h.actorAgency(),
                                h.note(),
                                h.stepNo()))
                        .toList(),
                steps.stream()
                        .map(s -> new Step(
                                s.stepNo(),
                                s.name(),
                                null,
                                s.fromAgency(),
                                null,
                                s.toAgency(),
                                s.startedAt(),
                                s.workingDays(),
                                s.dueAt(),
                                s.endedAt(),
                                s.outcome()))
                        .toList());
    }

    private static OffsetDateTime at(Instant t, ZoneId zone) {
        return t == null ? null : t.atZone(zone).toOffsetDateTime();
    }
}
