package vn.motcua.tracking.feedback.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.common.rest.LookupRateLimiter;
import vn.motcua.tracking.feedback.domain.Feedback;
import vn.motcua.tracking.feedback.service.FeedbackDesk;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.security.Caller;

/** Anyone files feedback; the agency's officers and supervisors see theirs on the desk and answer it once. */
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {
    public static final int PAGE_SIZE = 50;

    public record AnswerRequest(
            @NotBlank(message = "cần nội dung trả lời") @Size(max = 4000, message = "câu trả lời tối đa 4000 ký tự")
            String answer) {}

    public record Desk(List<FeedbackDeskItem> items, long total, int page, int pages) {}

    private final FeedbackDesk desk;
    private final Caller caller;
    private final LookupRateLimiter limiter;
    private final Clock clock;

    public FeedbackResource(FeedbackDesk desk, Caller caller, LookupRateLimiter limiter, Clock clock) {
        this.desk = desk;
        this.caller = caller;
        this.limiter = limiter;
        this.clock = clock;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Đã nhận phản ánh, kiến nghị: mã để theo dõi và hạn trả lời",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "Thiếu hoặc sai thông tin, từng trường một")
    @APIResponse(responseCode = "429", description = "Quá nhiều lượt gửi: thử lại sau số giây trong Retry-After")
    @Operation(summary = "File feedback or a recommendation about an agency or one of its dossiers (no log-in)")
    public Response file(@Valid @NotNull FeedbackRequest r, @Context HttpServerRequest http) {
        if (blank(r.email()) && blank(r.phone())) {
            throw DomainException.invalid(List.of(
                    new FieldError("email", "cần thư điện tử hoặc số điện thoại để nhận trả lời"),
                    new FieldError("phone", "cần thư điện tử hoặc số điện thoại để nhận trả lời")));
        }
        String client = http.remoteAddress().hostAddress();
        limiter.admit(client, "feedback:" + client);
        Instant now = clock.instant();
        Feedback f = desk.file(
                new FeedbackDesk.Filing(
                        r.agencyCode().strip(),
                        present(r.dossierCode()),
                        r.name(),
                        present(r.email()),
                        present(r.phone()),
                        r.content()),
                now);
        return Response.status(201).entity(FeedbackView.of(f, now)).build();
    }

    @GET
    @RolesAllowed({"officer", "supervisor", "ops", "admin"})
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị của cơ quan, hạn trả lời sớm nhất trước")
    @APIResponse(responseCode = "403", description = "Cán bộ chỉ xem phản ánh của cơ quan mình")
    @Operation(summary = "The agency's feedback for its desk, the earliest due first (50 to a page)")
    public Desk list(
            @QueryParam("agency") @Size(max = 32) String agency,
            @QueryParam("unanswered") @DefaultValue("false") boolean unanswered,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        Optional<String> scope =
                caller.reportScope(present(agency), "Cán bộ chỉ xem phản ánh, kiến nghị của cơ quan mình.");
        FeedbackDesk.DeskPage found = desk.desk(scope, unanswered, page, PAGE_SIZE);
        Instant now = clock.instant();
        return new Desk(
                found.items().stream().map(f -> FeedbackDeskItem.of(f, now)).toList(), found.total(), page, (int)
                        ((found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    @POST
    @Path("{code}/answer")
    @RolesAllowed({"officer", "supervisor"})
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Đã trả lời")
    @APIResponse(responseCode = "400", description = "Thiếu nội dung trả lời")
    @APIResponse(responseCode = "404", description = "Không có phản ánh này ở cơ quan của cán bộ")
    @APIResponse(responseCode = "409", description = "Phản ánh đã được trả lời")
    @Operation(summary = "The agency answers a feedback, once")
    public FeedbackDeskItem answer(
            @PathParam("code") @Size(max = 16) String code, @Valid @NotNull AnswerRequest request) {
        Actor me = caller.actor();
        Instant now = clock.instant();
        Feedback f = desk.answer(
                code, request.answer(), me.displayName().orElse(me.name()), x -> caller.worksAt(x.agencyCode), now);
        return FeedbackDeskItem.of(f, now);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<String> present(String s) {
        return blank(s) ? Optional.empty() : Optional.of(s.strip());
    }
}
