package vn.motcua.tracking.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.reports.service.DossierLedger;
import vn.motcua.tracking.reports.service.ReportWorkbooks;
import vn.motcua.tracking.scorecard.rest.ScorecardResource;
import vn.motcua.tracking.security.Caller;

/** Form 07, the dossier ledger of a month: a supervisor's own agency; ops and administrators any, or all. */
@Path("/api/reports/ledger")
public class LedgerResource {
    private final DossierLedger ledger;
    private final Caller caller;

    public LedgerResource(DossierLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Produces(ReportWorkbooks.XLSX)
    @RolesAllowed({"supervisor", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description = "Sổ theo dõi hồ sơ (mẫu 07) của tháng, dạng Excel",
            content = @Content(mediaType = ReportWorkbooks.XLSX))
    @APIResponse(responseCode = "400", description = "Tháng không hợp lệ, hoặc quá nhiều hồ sơ cho một sổ")
    @APIResponse(responseCode = "403", description = "Lãnh đạo chỉ xem sổ của cơ quan mình")
    @Operation(summary = "Form 07, the dossier ledger: every dossier received in the month, with its dates, as .xlsx")
    public Response ledger(
            @QueryParam("month") @Size(max = 7) String month, @QueryParam("agency") @Size(max = 32) String agency) {
        YearMonth period = ScorecardResource.month(month);
        Optional<String> scope = caller.reportScope(
                Optional.ofNullable(agency).filter(a -> !a.isBlank()), "Lãnh đạo chỉ xem sổ của cơ quan mình.");
        return Response.ok(ledger.month(period, scope))
                .header("Content-Disposition", "attachment; filename=\"so-theo-doi-ho-so-" + period + ".xlsx\"")
                .build();
    }
}
