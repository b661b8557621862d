package vn.motcua.tracking.calendar.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.calendar.domain.DeadlineCalculator;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.domain.YearCalendar;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;

@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final CalendarService calendar;
    private final SecurityIdentity identity;

    public CalendarResource(CalendarService calendar, SecurityIdentity identity) {
        this.calendar = calendar;
        this.identity = identity;
    }

    public record YearTable(
            @NotNull Set<LocalDate> daysOff, @NotNull Set<LocalDate> workingSaturdays) {}

    public record YearView(
            int year, List<LocalDate> daysOff, List<LocalDate> workingSaturdays, boolean confirmed, String source) {
        static YearView of(YearCalendar y) {
            return new YearView(
                    y.year(),
                    y.sortedDaysOff(),
                    y.sortedWorkingSaturdays(),
                    y.confirmed(),
                    y.confirmed() ? "STORED" : "LABOR_CODE_2019_PREFILL");
        }
    }

    /** The same dueAt holds for any receipt in [sameForReceiptsFrom, sameForReceiptsUntil) while the calendar stays. */
    public record DueDate(
            OffsetDateTime effectiveReceivedAt,
            OffsetDateTime dueAt,
            String workingDays,
            OffsetDateTime sameForReceiptsFrom,
            OffsetDateTime sameForReceiptsUntil) {}

    @GET
    @Path("/{year}")
    @Authenticated
    @APIResponse(responseCode = "200", description = "Ngày nghỉ và ngày làm bù của năm")
    @APIResponse(responseCode = "400", description = "Năm ngoài khoảng 2000–2100")
    @Operation(summary = "A year's days off and make-up working Saturdays (pre-filled and unconfirmed until stored)")
    public YearView get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return YearView.of(calendar.year(year));
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @APIResponse(responseCode = "200", description = "Lịch năm đã lưu; hạn của các hồ sơ đang mở được tính lại")
    @APIResponse(responseCode = "400", description = "Lịch không hợp lệ, từng ngày một")
    @Operation(summary = "Store a year's authoritative table (admin)")
    public YearView put(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull YearTable table) {
        List<String> problems = YearCalendar.problems(year, table.daysOff(), table.workingSaturdays());
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.stream()
                    .map(p -> new FieldError(p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2)))
                    .toList());
        }
        return YearView.of(calendar.store(
                new YearCalendar(year, table.daysOff(), table.workingSaturdays(), true),
                identity.getPrincipal().getName()));
    }

    @GET
    @Path("/due-date")
    @RolesAllowed({"officer", "supervisor", "admin", "service"})
    @APIResponse(responseCode = "200", description = "Hạn giải quyết tính theo ngày làm việc")
    @APIResponse(responseCode = "400", description = "Thời điểm tiếp nhận hoặc số ngày làm việc không hợp lệ")
    @Operation(summary = "Effective receipt time and legal due time for a processing time in working days")
    public DueDate dueDate(@QueryParam("receivedAt") String receivedAt, @QueryParam("workingDays") String workingDays) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime received = null;
        try {
            received = OffsetDateTime.parse(receivedAt == null ? "" : receivedAt);
        } catch (DateTimeParseException e) {
            errors.add(
                    new FieldError("receivedAt", "cần thời điểm ISO-8601 có múi giờ, ví dụ 2026-11-23T09:00:00+07:00"));
        }
        var time = ProcessingTime.parse(workingDays == null ? "" : workingDays);
        if (time.isEmpty()) {
            errors.add(
                    new FieldError("workingDays", "thời hạn giải quyết phải là 0, 0.5 hoặc số ngày làm việc nguyên"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        DeadlineCalculator calc = calendar.calculator();
        var zoned = received.toZonedDateTime();
        var window = calc.receiptWindow(zoned);
        return new DueDate(
                calc.effectiveReceipt(zoned).at().toOffsetDateTime(),
                calc.dueAt(zoned, time.get()).toOffsetDateTime(),
                time.get().workingDays().toPlainString(),
                window.from().toOffsetDateTime(),
                window.until().toOffsetDateTime());
    }
}
