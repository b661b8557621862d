package vn.motcua.intake.dossier.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.service.DossierDecisions;
import vn.motcua.intake.dossier.service.DossierService;
import vn.motcua.intake.dossier.service.RequestFingerprint;
import vn.motcua.intake.dossier.service.Submission;
import vn.motcua.intake.security.ApplicantIdHash;
import vn.motcua.intake.security.Caller;
import vn.motcua.intake.security.DossierAccess;

@Path("/api/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {
    private final DossierService dossiers;
    private final DossierDecisions decisions;
    private final Caller caller;
    private final DossierAccess access;
    private final ObjectMapper json;
    private final ApplicantIdHash idHash;
    private final DossierViews views;

    public DossierResource(
            DossierService dossiers,
            DossierDecisions decisions,
            Caller caller,
            DossierAccess access,
            ObjectMapper json,
            ApplicantIdHash idHash,
            DossierViews views) {
        this.idHash = idHash;
        this.views = views;
        this.access = access;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.caller = caller;
        this.json = json;
    }

    public record Refusal(
            @NotEmpty(message = "cần ít nhất một lý do từ chối (mẫu 03)")
            List<
                            @NotNull @Size(min = 3, max = 1000, message = "mỗi lý do từ 3 đến 1000 ký tự")
                            @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển") String>
                    reasons) {}

    public record PageView(List<DossierView> items, int page, int size, long total) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "officer"})
    @APIResponse(
            responseCode = "201",
            description = "Hồ sơ mới: mã hồ sơ, trạng thái và ngày hẹn trả",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Cùng Idempotency-Key và cùng nội dung: hồ sơ đã tạo trước đó",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu hồ sơ không hợp lệ, từng trường một")
    @APIResponse(responseCode = "422", description = "Idempotency-Key đã dùng cho một nội dung khác")
    @Operation(summary = "Submit online (citizen: NEW) or receive at the counter (officer: RECEIVED)")
    public Response submit(
            @Valid @NotNull Submission request, @HeaderParam("Idempotency-Key") @Size(max = 128) String idempotencyKey)
            throws JsonProcessingException {
        Dossier.Channel channel;
        if (caller.is("officer") && caller.agency().isPresent()) {
            if (!caller.agency().get().equals(request.agencyCode())) {
                throw DomainException.forbidden("Cán bộ chỉ tiếp nhận hồ sơ tại cơ quan của mình.");
            }
            channel = Dossier.Channel.COUNTER;
        } else if (caller.is("citizen") && caller.applicantId().isPresent()) {
            // An account files in its own name only: a citizen's by their ID number, a business's by its tax code.
            if (!caller.applicantId().get().equals(request.applicant().idNumber())
                    || !caller.applicantType().equals(request.applicant().type())) {
                throw DomainException.forbidden(
                        caller.applicantType().equals("CITIZEN")
                                ? "Công dân chỉ nộp hồ sơ trực tuyến đứng tên chính mình."
                                : "Tài khoản doanh nghiệp, tổ chức chỉ nộp hồ sơ trực tuyến đứng tên mình,"
                                        + " với mã số thuế của tài khoản.");
            }
            channel = Dossier.Channel.ONLINE;
        } else {
            throw DomainException.forbidden("Tài khoản thiếu thông tin cơ quan hoặc số định danh.");
        }
        String hash = RequestFingerprint.of(json.writeValueAsString(request));
        var result = dossiers.submit(
                request,
                new DossierService.Submitter(
                        caller.person(),
                        channel,
                        Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()),
                        hash));
        DossierView view = views.of(result.dossier(), result.documents());
        return Response.status(result.created() ? 201 : 200)
                .location(URI.create("/api/dossiers/" + view.code()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"citizen", "officer", "supervisor"})
    @APIResponse(responseCode = "200", description = "Hồ sơ (số định danh và điện thoại đã che)")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này hoặc không phải của người hỏi")
    @Operation(summary = "One dossier: its applicant, an officer of its agency or of the agency it was handed over to")
    public DossierView get(@PathParam("code") @Size(max = 64) String code) {
        Dossier d = access.visibleOrHeld(code);
        return views.of(d, DossierDocument.of(code));
    }

    @GET
    @RolesAllowed({"citizen", "officer", "supervisor"})
    @APIResponse(responseCode = "200", description = "Một trang hồ sơ")
    @APIResponse(responseCode = "400", description = "Tham số trang không hợp lệ")
    @Operation(summary = "An officer's agency queue, or a citizen's own dossiers; newest first")
    public PageView list(
            @QueryParam("status") Dossier.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String scope;
        Object scopeValue;
        if ((caller.is("officer") || caller.is("supervisor")) && caller.agency().isPresent()) {
            scope = "agencyCode = ?1";
            scopeValue = caller.agency().get();
        } else if (caller.applicantId().isPresent()) {
            // Every key's value: dossiers hashed before a key rotation are still the applicant's.
            scope = "applicantIdHash in (?1)";
            scopeValue = idHash.candidates(caller.applicantId().get());
        } else {
            throw DomainException.forbidden("Tài khoản thiếu thông tin cơ quan hoặc số định danh.");
        }
        // The code breaks ties (dossiers submitted in the same instant), so that pages neither repeat nor skip one.
        Sort newestFirst = Sort.descending("submittedAt", "code");
        var query = status == null
                ? Dossier.<Dossier>find(scope, newestFirst, scopeValue)
                : Dossier.<Dossier>find(scope + " and status = ?2", newestFirst, scopeValue, status);
        List<Dossier> dossiers = query.page(Page.of(page, size)).list();
        // One query for the whole page's documents, not one per dossier.
        Map<String, List<DossierDocument>> documents =
                DossierDocument.ofAll(dossiers.stream().map(d -> d.code).toList());
        List<DossierView> items = dossiers.stream()
                .map(d -> views.of(d, documents.getOrDefault(d.code, List.of())))
                .toList();
        return new PageView(items, page, size, query.count());
    }

    @POST
    @Path("/{code}/accept")
    @RolesAllowed("officer")
    @APIResponse(responseCode = "200", description = "Đã tiếp nhận: có ngày hẹn trả")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này ở cơ quan của cán bộ")
    @APIResponse(responseCode = "409", description = "Hồ sơ không còn chờ tiếp nhận")
    @Operation(summary = "Accept an online dossier: RECEIVED, appointment computed now")
    public DossierView accept(@PathParam("code") @Size(max = 64) String code) {
        Dossier d = decisions.accept(code, officerAgency(), caller.person());
        return views.of(d, DossierDocument.of(code));
    }

    @POST
    @Path("/{code}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("officer")
    @APIResponse(responseCode = "200", description = "Đã từ chối tiếp nhận (mẫu 03)")
    @APIResponse(responseCode = "400", description = "Thiếu lý do từ chối")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này ở cơ quan của cán bộ")
    @APIResponse(responseCode = "409", description = "Hồ sơ không còn chờ tiếp nhận")
    @Operation(summary = "Refuse an online dossier with reasons (form 03): NOT_ACCEPTED")
    public DossierView refuse(@PathParam("code") @Size(max = 64) String code, @Valid @NotNull Refusal refusal) {
        Dossier d = decisions.refuse(
                code,
                officerAgency(),
                caller.person(),
                refusal.reasons().stream().map(String::strip).toList());
        return views.of(d, DossierDocument.of(code));
    }

    private String officerAgency() {
        return caller.agency().orElseThrow(() -> DomainException.forbidden("Tài khoản cán bộ thiếu mã cơ quan."));
    }
}
