package vn.motcua.tracking.scorecard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.reports.service.ReportWorkbooks;
import vn.motcua.tracking.scorecard.domain.Scorecard;
import vn.motcua.tracking.scorecard.service.ScorecardReport;
import vn.motcua.tracking.security.Caller;

/**
 * The Decision 766 scorecard of a month: the province's and the agencies', best first. A supervisor sees their
 * agency beside the province; ops and administrators every agency (docs/scorecard.md has the formulas).
 */
@Path("/api/scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {
    public record View(String month, Scorecard province, List<Scorecard> agencies) {}

    private final ScorecardReport report;
    private final Caller caller;
    private final ReportWorkbooks workbooks;

    public ScorecardResource(ScorecardReport report, Caller caller, ReportWorkbooks workbooks) {
        this.report = report;
        this.caller = caller;
        this.workbooks = workbooks;
    }

    @GET
    @RolesAllowed({"supervisor", "ops", "admin"})
    @APIResponse(responseCode = "200", description = "Điểm Bộ chỉ số 766 của tỉnh và các cơ quan trong tháng")
    @APIResponse(responseCode = "400", description = "Tháng không hợp lệ")
    @APIResponse(responseCode = "403", description = "Lãnh đạo chỉ xem điểm của cơ quan mình")
    @Operation(summary = "Decision 766 scorecard for a month: the province and each agency, with every indicator")
    public View scorecard(
            @QueryParam("month") @Size(max = 7) String month, @QueryParam("agency") @Size(max = 32) String agency) {
        YearMonth period = month(month);
        Optional<String> scope = caller.reportScope(
                Optional.ofNullable(agency).filter(a -> !a.isBlank()), "Lãnh đạo chỉ xem điểm của cơ quan mình.");
        ScorecardReport.Month m = report.month(period);
        return new View(
                period.toString(),
                m.province(),
                m.agencies().stream()
                        .filter(c -> scope.map(c.scope()::equals).orElse(true))
                        .toList());
    }

    @GET
    @Path("xlsx")
    @Produces(ReportWorkbooks.XLSX)
    @RolesAllowed({"supervisor", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description = "Bộ chỉ số 766 dạng Excel: bảng tổng hợp và chi tiết từng chỉ số",
            content = @Content(mediaType = ReportWorkbooks.XLSX))
    @APIResponse(responseCode = "400", description = "Tháng không hợp lệ")
    @APIResponse(responseCode = "403", description = "Lãnh đạo chỉ xem điểm của cơ quan mình")
    @Operation(summary = "The month's scorecard as an .xlsx file: the ranking, then every indicator")
    public Response xlsx(
            @QueryParam("month") @Size(max = 7) String month, @QueryParam("agency") @Size(max = 32) String agency) {
        View v = scorecard(month, agency);
        ScorecardReport.Month m = new ScorecardReport.Month(YearMonth.parse(v.month()), v.province(), v.agencies());
        return Response.ok(workbooks.scorecard(m))
                .header("Content-Disposition", "attachment; filename=\"bo-chi-so-766-" + v.month() + ".xlsx\"")
                .build();
    }

    /** A report's month from its query parameter, or 400 naming the field. */
    public static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "cần tháng dạng YYYY-MM");
        }
    }
}
