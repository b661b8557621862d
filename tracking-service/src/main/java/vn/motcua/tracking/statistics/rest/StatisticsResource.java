package vn.motcua.tracking.statistics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.reports.service.ReportWorkbooks;
import vn.motcua.tracking.security.Caller;
import vn.motcua.tracking.statistics.service.StatisticsReport;

/** Reports 06a/06b: a supervisor sees their agency; ops and administrators see every agency. */
@Path("/api/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    private final StatisticsReport report;
    private final Caller caller;
    private final ReportWorkbooks workbooks;

    public StatisticsResource(StatisticsReport report, Caller caller, ReportWorkbooks workbooks) {
        this.report = report;
        this.caller = caller;
        this.workbooks = workbooks;
    }

    @GET
    @RolesAllowed({"supervisor", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description =
                    "Số hồ sơ theo cơ quan và thủ tục trong khoảng ngày: tiếp nhận, giải quyết trước hạn, đúng hạn, "
                            + "quá hạn")
    @APIResponse(responseCode = "400", description = "Khoảng ngày không hợp lệ, từng tham số một")
    @APIResponse(responseCode = "403", description = "Lãnh đạo chỉ xem thống kê của cơ quan mình")
    @Operation(summary = "Received, resolved early/on time/late, in progress, withdrawn, not accepted, on-time rate")
    public StatisticsReport.Report statistics(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("agency") @Size(max = 32) String agency,
            @QueryParam("procedure") @Size(max = 32) String procedure) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> start = date("from", from, errors);
        Optional<LocalDate> end = date("to", to, errors);
        if (start.isPresent() && end.isPresent()) {
            if (end.get().isBefore(start.get())) {
                errors.add(new FieldError("to", "ngày kết thúc không trước ngày bắt đầu"));
            } else if (ChronoUnit.DAYS.between(start.get(), end.get()) > 3660) {
                errors.add(new FieldError("to", "kỳ báo cáo tối đa 10 năm"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Optional<String> scope = caller.reportScope(
                Optional.ofNullable(agency).filter(a -> !a.isBlank()), "Lãnh đạo chỉ xem thống kê của cơ quan mình.");
        return report.report(
                start.get(), end.get(), scope, Optional.ofNullable(procedure).filter(p -> !p.isBlank()));
    }

    @GET
    @Path("xlsx")
    @Produces(ReportWorkbooks.XLSX)
    @RolesAllowed({"supervisor", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description = "Báo cáo 06a/06b dạng Excel: cùng số liệu với bản JSON",
            content = @Content(mediaType = ReportWorkbooks.XLSX))
    @APIResponse(responseCode = "400", description = "Khoảng ngày không hợp lệ, từng tham số một")
    @APIResponse(responseCode = "403", description = "Lãnh đạo chỉ xem thống kê của cơ quan mình")
    @Operation(summary = "Reports 06a/06b as an .xlsx file: Vietnamese headers, agency and period in the title rows")
    public Response xlsx(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("agency") @Size(max = 32) String agency,
            @QueryParam("procedure") @Size(max = 32) String procedure) {
        StatisticsReport.Report r = statistics(from, to, agency, procedure);
        return Response.ok(workbooks.statistics(r))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"bao-cao-06a-" + r.from() + "-" + r.to() + ".xlsx\"")
                .build();
    }

    private static Optional<LocalDate> date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "cần ngày dạng YYYY-MM-DD"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "ngày không hợp lệ, dạng YYYY-MM-DD"));
            return Optional.empty();
        }
    }
}
