package vn.motcua.intake.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.portal.config.PortalSettings;
import vn.motcua.intake.portal.domain.PortalDossier;
import vn.motcua.intake.portal.service.PortalBackfill;
import vn.motcua.intake.portal.service.PortalMonthly;
import vn.motcua.intake.portal.service.SyncReport;
import vn.motcua.intake.security.Caller;

/** Reconciliation with the national portal: what was sent and what was not, a resend, a backfill. */
@Path("/api/portal-sync")
@Produces(MediaType.APPLICATION_JSON)
public class PortalSyncResource {
    private final SyncReport reports;
    private final PortalMonthly monthly;
    private final PortalBackfill backfill;
    private final PortalSettings settings;
    private final Caller caller;
    private final Clock clock;

    public PortalSyncResource(
            SyncReport reports,
            PortalMonthly monthly,
            PortalBackfill backfill,
            PortalSettings settings,
            Caller caller,
            Clock clock) {
        this.reports = reports;
        this.monthly = monthly;
        this.backfill = backfill;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    public record DossierState(
            String code, String state, boolean created, int attempts, String lastError, String rejectedReason) {}

    public record BackfillStarted(long id, LocalDate from) {}

    @GET
    @Path("/report")
    @RolesAllowed({"admin", "supervisor"})
    @APIResponse(responseCode = "200", description = "Đối soát một ngày tiếp nhận")
    @APIResponse(responseCode = "400", description = "Ngày không hợp lệ")
    @APIResponse(responseCode = "403", description = "Chỉ xem được báo cáo của cơ quan mình")
    @APIResponse(responseCode = "409", description = "Kết nối Cổng Dịch vụ công quốc gia đang tắt")
    @Operation(
            summary =
                    "Reconciliation for a day of receipt: received here, on the portal, pending, rejected with reasons")
    public SyncReport.Report report(@QueryParam("date") String date, @QueryParam("agency") String agency) {
        LocalDate day = date == null || date.isBlank()
                ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")))
                : parse("date", date);
        return reports.report(day, scope(Optional.ofNullable(agency).filter(a -> !a.isBlank())));
    }

    @GET
    @Path("/monthly")
    @RolesAllowed({"service", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description = "Số hồ sơ tiếp nhận và số hồ sơ đã có trên Cổng Dịch vụ công quốc gia, theo cơ quan",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PortalMonthly.Figures.class)))
    @APIResponse(responseCode = "400", description = "Tháng không hợp lệ")
    @Operation(
            summary = "A month's dossiers per receiving agency: received, and held by the national portal"
                    + " (Decision 766's scorecard reads it)")
    public PortalMonthly.Figures monthly(@QueryParam("month") String month) {
        if (month == null || month.isBlank()) {
            return monthly.of(YearMonth.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        }
        try {
            return monthly.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "tháng không hợp lệ, cần dạng yyyy-MM");
        }
    }

    @POST
    @Path("/dossiers/{code}/resend")
    @RolesAllowed({"admin", "supervisor"})
    @APIResponse(
            responseCode = "202",
            description = "Hồ sơ đã được xếp gửi lại",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierState.class)))
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này trong hàng đồng bộ của cơ quan")
    @APIResponse(responseCode = "409", description = "Hồ sơ đã đồng bộ đầy đủ, hoặc kết nối đang tắt")
    @Operation(summary = "Send a waiting or rejected dossier to the portal again now (after its data was fixed)")
    public Response resend(@PathParam("code") String code) {
        enabled();
        PortalDossier s = PortalDossier.<PortalDossier>findByIdOptional(code)
                .filter(x -> caller.is("admin") || caller.worksAt(x.agencyCode))
                .orElseThrow(() ->
                        DomainException.notFound("Không có hồ sơ " + code + " trong hàng đồng bộ của cơ quan bạn."));
        if (s.state.equals(PortalDossier.SYNCED)) {
            throw DomainException.conflict("Hồ sơ " + code + " đã được đồng bộ đầy đủ lên Cổng Dịch vụ công quốc gia.");
        }
        PortalDossier now = reports.resend(code).orElseThrow();
        return Response.accepted(new DossierState(
                        now.dossierCode, now.state, now.created, now.attempts, now.lastError, now.rejectedReason))
                .build();
    }

    @POST
    @Path("/backfill")
    @RolesAllowed("admin")
    @APIResponse(
            responseCode = "202",
            description = "Đợt đồng bộ bù đã xếp hàng",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = BackfillStarted.class)))
    @APIResponse(responseCode = "400", description = "Thiếu ngày bắt đầu hoặc ngày không hợp lệ")
    @APIResponse(responseCode = "409", description = "Kết nối Cổng Dịch vụ công quốc gia đang tắt")
    @Operation(summary = "Queue the dossiers received from a date before the sync was switched on (resumable)")
    public Response startBackfill(@QueryParam("from") String from) {
        enabled();
        if (from == null || from.isBlank()) {
            throw DomainException.invalid("from", "cần ngày bắt đầu (yyyy-MM-dd)");
        }
        LocalDate day = parse("from", from);
        long id = backfill.start(day, caller.name());
        backfill.startNow();
        return Response.accepted(new BackfillStarted(id, day))
                .location(URI.create("/api/portal-sync/backfill/" + id))
                .build();
    }

    @GET
    @Path("/backfill/{id}")
    @RolesAllowed("admin")
    @APIResponse(responseCode = "200", description = "Tiến độ đợt đồng bộ bù")
    @APIResponse(responseCode = "404", description = "Không có đợt đồng bộ bù này")
    @Operation(summary = "Progress of a backfill")
    public PortalBackfill.Progress backfillProgress(@PathParam("id") long id) {
        return backfill.progress(id).orElseThrow(() -> DomainException.notFound("Không có đợt đồng bộ bù " + id + "."));
    }

    /** A supervisor sees their own agency only; an administrator any agency, or all. */
    private Optional<String> scope(Optional<String> agency) {
        if (caller.is("admin")) {
            return agency;
        }
        String own =
                caller.agency().orElseThrow(() -> DomainException.forbidden("Tài khoản không gắn với cơ quan nào."));
        if (agency.filter(a -> !a.equals(own)).isPresent()) {
            throw DomainException.forbidden("Chỉ xem được báo cáo đồng bộ của cơ quan mình.");
        }
        return Optional.of(own);
    }

    private void enabled() {
        if (!settings.enabled()) {
            throw DomainException.conflict(
                    "Kết nối Cổng Dịch vụ công quốc gia đang tắt (intake.portal.enabled=false).");
        }
    }

    private static LocalDate parse(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "ngày không hợp lệ, cần dạng yyyy-MM-dd");
        }
    }
}
