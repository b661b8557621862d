package vn.motcua.tracking.lifecycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.security.Caller;

/**
 * Officers move a dossier through its lifecycle; everyone entitled to it reads its timeline; intake's public lookup
 * reads its progress.
 */
@Path("/api/dossiers/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class DossierActionResource {
    private final DossierActions actions;
    private final CalendarService calendar;
    private final Caller caller;
    private final Clock clock;

    public DossierActionResource(DossierActions actions, CalendarService calendar, Caller caller, Clock clock) {
        this.actions = actions;
        this.calendar = calendar;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"officer", "supervisor"})
    @APIResponse(responseCode = "200", description = "Diễn biến hồ sơ sau thao tác")
    @APIResponse(
            responseCode = "400",
            description = "Thiếu thông tin thao tác cần (lý do, cơ quan, ngày hẹn mới), từng trường một")
    @APIResponse(responseCode = "403", description = "Hồ sơ đang do cơ quan khác xử lý")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này")
    @APIResponse(
            responseCode = "409",
            description =
                    "Thao tác không thực hiện được ở trạng thái này: allowedActions liệt kê các thao tác được phép")
    @APIResponse(
            responseCode = "503",
            description = "Chưa kiểm tra được danh mục cơ quan, hoặc hệ thống đang quá tải: thử lại sau")
    @Operation(summary = "Apply an action (officer of the agency holding the dossier); 409 lists the allowed ones")
    public TimelineView act(@PathParam("code") @Size(max = 64) String code, @Valid @NotNull ActionRequest request) {
        // A dossier the caller may not even see answers as an unknown code does: codes cannot be probed.
        caller.visible(code);
        TrackedDossier d = actions.apply(code, request.command(), caller.actor(), clock.instant());
        return timeline(d);
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({"citizen", "officer", "supervisor", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description =
                    "Toàn bộ diễn biến: trạng thái, hạn, các bước, thời gian tạm dừng, kết quả và các thao tác được "
                            + "phép")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này hoặc người hỏi không được xem")
    @Operation(
            summary = "Every status, step and pause with times, the due date in force and the outcome",
            description =
                    "The applicant's answer names no officer's account and leaves out the agency's own warnings and the"
                            + " officers' actions")
    public TimelineView timeline(@PathParam("code") @Size(max = 64) String code) {
        TrackedDossier d = caller.visible(code);
        // The applicant reads what happened, not which officer's account did it nor the agency's own warnings.
        return caller.isStaffFor(d) ? timeline(d) : timeline(d).forApplicant();
    }

    @GET
    @Path("/progress")
    @RolesAllowed("service")
    @APIResponse(responseCode = "200", description = "Trạng thái và ngày hẹn trả kết quả hiện hành của hồ sơ")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này")
    @Operation(summary = "A dossier's status and appointment in force (intake's public lookup; service token)")
    public ProgressView progress(@PathParam("code") @Size(max = 64) String code) {
        // intake has checked the applicant's ID number and applied the lookup's limits before it asks.
        return ProgressView.of(
                TrackedDossier.byCode(code)
                        .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + ".")),
                calendar.settings().zone());
    }

    private TimelineView timeline(TrackedDossier d) {
        return TimelineView.of(
                d,
                HistoryEntry.of(d.code),
                DossierStep.of(d.code),
                calendar.settings().zone(),
                clock.instant());
    }
}
