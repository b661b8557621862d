package vn.motcua.tracking.satisfaction.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.satisfaction.domain.RatingSource;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;
import vn.motcua.tracking.satisfaction.service.RatingReports;
import vn.motcua.tracking.security.Caller;

/** Supervisors read their agency's ratings with the citizens' comments (already masked); administrators any. */
@Path("/api/satisfaction/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingReportResource {
    public record Item(
            String dossierCode,
            RatingSource source,
            String dossierEnd,
            SatisfactionLevel overall,
            String overallLabel,
            Map<SatisfactionCriterion, SatisfactionLevel> criteria,
            Optional<String> comment,
            Instant ratedAt) {
        static Item of(SatisfactionRating r) {
            return new Item(
                    r.dossierCode,
                    r.source,
                    r.dossierEnd.label,
                    r.overall,
                    r.overall.label,
                    r.criteria,
                    Optional.ofNullable(r.comment),
                    r.ratedAt);
        }
    }

    public record Report(
            String agency,
            String month,
            Map<SatisfactionLevel, Long> counts,
            long total,
            List<Item> ratings,
            int page,
            int pages) {}

    private final RatingReports reports;
    private final Caller caller;

    public RatingReportResource(RatingReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"supervisor", "admin"})
    @APIResponse(responseCode = "200", description = "Số đánh giá theo mức và các đánh giá trong tháng, kèm ý kiến")
    @APIResponse(responseCode = "400", description = "Tháng không hợp lệ, hoặc quản trị viên chưa chọn cơ quan")
    @APIResponse(responseCode = "403", description = "Lãnh đạo chỉ xem đánh giá của cơ quan mình")
    @Operation(summary = "An agency's ratings of a month, with comments, for its supervisors (50 to a page)")
    public Report ratings(
            @QueryParam("month") @Size(max = 7) String month,
            @QueryParam("agency") @Size(max = 32) String agency,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        YearMonth period;
        try {
            period = YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "cần tháng dạng YYYY-MM");
        }
        String scope = caller.reportScope(
                        Optional.ofNullable(agency).filter(a -> !a.isBlank()),
                        "Lãnh đạo chỉ xem đánh giá của cơ quan mình.")
                .orElseThrow(() -> DomainException.invalid("agency", "cần mã cơ quan"));
        RatingReports.Month m = reports.month(scope, period, page);
        return new Report(
                scope,
                period.toString(),
                m.counts(),
                m.total(),
                m.ratings().stream().map(Item::of).toList(),
                m.page(),
                m.pages());
    }
}
