package vn.motcua.tracking.lifecycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/**
 * Where a dossier stands, for intake's public lookup (a service token): the status and the appointment in force, no
 * history, no names, no reasons. intake has checked the applicant's ID number and applied the lookup's rate limits.
 */
@Path("/api/dossiers/{code}/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {
    private final CalendarService calendar;

    public ProgressResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** {@code appointmentAt}: an apology's new appointment (form 04) if any, else the legal due date in force. */
    public record Progress(
            String code,
            String status,
            String statusLabel,
            int nationalStatus,
            boolean paused,
            OffsetDateTime dueAt,
            OffsetDateTime appointmentAt,
            String outcomeLabel) {}

    @GET
    @RolesAllowed("service")
    @APIResponse(responseCode = "200", description = "Trạng thái và ngày hẹn trả kết quả hiện hành của hồ sơ")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này")
    @Operation(summary = "A dossier's status and appointment in force (intake's public lookup; service token)")
    public Progress progress(@PathParam("code") @Size(max = 64) String code) {
        TrackedDossier d = TrackedDossier.byCode(code)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
        ZoneId zone = calendar.settings().zone();
        OffsetDateTime due = d.dueAt.atZone(zone).toOffsetDateTime();
        return new Progress(
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
