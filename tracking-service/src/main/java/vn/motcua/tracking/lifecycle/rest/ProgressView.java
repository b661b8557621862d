package vn.motcua.tracking.lifecycle.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/**
 * Where a dossier stands: the status and the appointment in force, no history, no names, no reasons. intake's own
 * status stops at RECEIVED, so its lists and its public lookup read this. {@code appointmentAt}: an apology's new
 * appointment (form 04) if any, else the legal due date in force.
 */
public record ProgressView(
        String code,
        String status,
        String statusLabel,
        int nationalStatus,
        boolean paused,
        OffsetDateTime dueAt,
        OffsetDateTime appointmentAt,
        String outcomeLabel) {

    public static ProgressView of(TrackedDossier d, ZoneId zone) {
        OffsetDateTime due = d.dueAt.atZone(zone).toOffsetDateTime();
        return new ProgressView(
                d.code,
                d.status.name(),
                d.status.label,
                d.status.nationalCode,
                d.pausedAt != null,
                due,
                d.newAppointmentAt == null
                        ? due
                        : d.newAppointmentAt.atZone(zone).toOffsetDateTime(),
                d.outcome == null ? null : d.outcome.label);
    }
}
