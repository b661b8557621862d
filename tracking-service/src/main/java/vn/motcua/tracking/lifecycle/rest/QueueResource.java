package vn.motcua.tracking.lifecycle.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.domain.Transitions;
import vn.motcua.tracking.security.Caller;

/** The officer's work list: the open dossiers their agency holds, the most urgent (earliest due) first. */
@Path("/api/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {
    private final Caller caller;
    private final CalendarService calendar;
    private final Clock clock;

    public QueueResource(Caller caller, CalendarService calendar, Clock clock) {
        this.caller = caller;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Item(
            String code,
            String status,
            String statusLabel,
            String procedureCode,
            String procedureName,
            String applicantName,
            String channel,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            boolean paused,
            boolean overdue,
            boolean dueSoon,
            boolean stepOverdue,
            OffsetDateTime pausedAt,
            OffsetDateTime suppliedAt) {}

    /** {@code statuses}: the states a queue can hold and their labels, for the page's filter. */
    public record Queue(
            String agency, long total, int page, int size, List<Item> items, Map<String, String> statuses) {}

    /** What the queue below holds: the open states and RESOLVED (on the desk until returned). */
    private static final Map<String, String> QUEUE_STATUSES = Arrays.stream(TrackedStatus.values())
            .filter(s -> !Transitions.ends(s) || s == TrackedStatus.RESOLVED)
            .collect(Collectors.toMap(Enum::name, s -> s.label, (a, b) -> a, LinkedHashMap::new));

    @GET
    @RolesAllowed({"officer", "supervisor"})
    @APIResponse(responseCode = "200", description = "Một trang hồ sơ đang giải quyết của cơ quan, hạn sớm nhất trước")
    @APIResponse(responseCode = "400", description = "Tham số không hợp lệ, từng tham số một")
    @APIResponse(responseCode = "403", description = "Tài khoản chưa được gắn với cơ quan nào")
    @Operation(
            summary = "Open dossiers the caller's agency holds, and resolved ones until returned, by due date; "
                    + "overdue and due-soon flagged, each status with its label. "
                    + "q finds a part of the code, the applicant's name or the procedure's code or name (accents and "
                    + "case ignored); "
                    + "status keeps one state")
    public Queue queue(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
            @QueryParam("q") @Size(max = 100) @Pattern(regexp = "[^\\p{Cc}]*") String q,
            @QueryParam("status") String status) {
        String agency = caller.agency()
                .orElseThrow(() -> DomainException.forbidden("Tài khoản chưa được gắn với cơ quan nào."));
        // A resolved dossier's clock has stopped, but it stays on the desk until its result is returned.
        StringBuilder where = new StringBuilder("holdingAgency = :agency and (endedAt is null or status = :resolved)");
        Parameters params = Parameters.with("agency", agency).and("resolved", TrackedStatus.RESOLVED);
        if (status != null && !status.isBlank()) {
            TrackedStatus state = Arrays.stream(TrackedStatus.values())
                    .filter(t -> t.name().equals(status))
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid(List.of(new FieldError(
                            "status", "trạng thái phải là một trong " + Arrays.toString(TrackedStatus.values())))));
            where.append(" and status = :status");
            params.and("status", state);
        }
        if (q != null && !q.isBlank()) {
            // The column collation ignores case and accents: "nguyen van" finds "Nguyễn Văn An".
            where.append(
                    " and (code like :q or applicantName like :q or procedureCode like :q or procedureName like :q)");
            params.and(
                    "q",
                    "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = TrackedDossier.<TrackedDossier>find(
                where.toString(), Sort.by("dueAt").and("code"), params);
        Instant now = clock.instant();
        var zone = calendar.settings().zone();
        List<TrackedDossier> rows = query.page(Page.of(page, size)).list();
        // The open hand-over steps past their own due time (form 06), for the page's dossiers in one read.
        Set<String> lateSteps = rows.isEmpty()
                ? Set.of()
                : DossierStep.<DossierStep>list(
                                "dossierCode in ?1 and endedAt is null and dueAt < ?2",
                                rows.stream().map(d -> d.code).toList(),
                                now)
                        .stream()
                        .map(s -> s.dossierCode)
                        .collect(Collectors.toSet());
        List<Item> items = rows.stream()
                .map(d -> {
                    boolean running = d.endedAt == null && d.pausedAt == null;
                    boolean overdue = running && now.isAfter(d.dueAt);
                    return new Item(
                            d.code,
                            d.status.name(),
                            d.status.label,
                            d.procedureCode,
                            d.procedureName,
                            d.applicantName,
                            d.channel,
                            d.receivedAt.atZone(zone).toOffsetDateTime(),
                            d.dueAt.atZone(zone).toOffsetDateTime(),
                            d.pausedAt != null,
                            overdue,
                            running && !overdue && d.dueSoonNotified,
                            running && lateSteps.contains(d.code),
                            // Since when the clock waits (a supplement's request): papers sent later are news.
                            d.pausedAt == null ? null : d.pausedAt.atZone(zone).toOffsetDateTime(),
                            // When the applicant last sent papers online: after pausedAt, the papers came.
                            d.suppliedAt == null
                                    ? null
                                    : d.suppliedAt.atZone(zone).toOffsetDateTime());
                })
                .toList();
        return new Queue(agency, query.count(), page, size, items, QUEUE_STATUSES);
    }
}
