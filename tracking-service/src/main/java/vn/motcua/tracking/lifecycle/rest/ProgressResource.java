package vn.motcua.tracking.lifecycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.security.Caller;

/** The progress of a page of intake's lists (a citizen's own dossiers): one call for up to 100 codes. */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {
    private final CalendarService calendar;
    private final Caller caller;

    public ProgressResource(CalendarService calendar, Caller caller) {
        this.calendar = calendar;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"citizen", "officer", "supervisor", "ops", "admin"})
    @APIResponse(responseCode = "200", description = "Trạng thái và ngày hẹn của những hồ sơ người hỏi được xem")
    @APIResponse(responseCode = "400", description = "Quá 100 mã hồ sơ")
    @Operation(
            summary = "The status and appointment in force of up to 100 dossiers; codes the caller may not see, or"
                    + " tracking does not know yet, are left out")
    public List<ProgressView> progress(
            @QueryParam("code") @Size(max = 100, message = "tối đa 100 mã hồ sơ") List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return TrackedDossier.<TrackedDossier>list("code in ?1", codes).stream()
                .filter(caller::mayView)
                .map(d -> ProgressView.of(d, calendar.settings().zone()))
                .toList();
    }
}
