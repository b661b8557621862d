package vn.motcua.intake.catalogue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.domain.SupplementPolicy;
import vn.motcua.intake.catalogue.service.CatalogueAdmin;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.catalogue.service.ProcedureDraft;
import vn.motcua.intake.common.domain.DomainException;

/**
 * The procedure catalogue: public reading of current versions (what to bring, how long it takes, what it
 * costs); administrators create and revise.
 */
@Path("/api/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {
    private final CatalogueJson catalogue;
    private final CatalogueAdmin admin;
    private final CatalogueCache cache;
    private final SecurityIdentity identity;

    public ProcedureResource(
            CatalogueJson catalogue, CatalogueAdmin admin, CatalogueCache cache, SecurityIdentity identity) {
        this.cache = cache;
        this.catalogue = catalogue;
        this.admin = admin;
        this.identity = identity;
    }

    public record ProcedureView(
            String code,
            int version,
            boolean current,
            String name,
            String field,
            String fieldCode,
            Agency.Level agencyLevel,
            BigDecimal processingDays,
            BigDecimal onlineProcessingDays,
            SupplementPolicy supplementPolicy,
            long feeVnd,
            List<CatalogueJson.Component> components,
            List<CatalogueJson.Step> steps) {}

    @PermitAll
    @GET
    @APIResponse(responseCode = "200", description = "Các thủ tục hiện hành")
    @Operation(summary = "Current procedures of the catalogue")
    public List<ProcedureView> list() {
        return ProcedureVersion.listCurrent().stream().map(this::view).toList();
    }

    @PermitAll
    @GET
    @Path("/{code}")
    @APIResponse(responseCode = "200", description = "Phiên bản hiện hành của thủ tục")
    @APIResponse(responseCode = "404", description = "Không có thủ tục mã này")
    @Operation(summary = "One procedure's current version")
    public ProcedureView get(@PathParam("code") @Size(max = 32) String code) {
        return ProcedureVersion.currentByCode(code)
                .map(this::view)
                .orElseThrow(() -> DomainException.notFound("Không có thủ tục mã " + code + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @APIResponse(
            responseCode = "201",
            description = "Thủ tục mới (phiên bản 1)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu thủ tục không hợp lệ, từng trường một")
    @APIResponse(responseCode = "409", description = "Đã có thủ tục mã này")
    @Operation(summary = "Create a procedure (version 1)")
    public Response create(@Valid @NotNull ProcedureDraft request) {
        ProcedureVersion p = admin.create(request, identity.getPrincipal().getName());
        cache.forgetProcedure(p.code); // committed: the next submission reads the new version
        return Response.created(URI.create("/api/procedures/" + p.code))
                .entity(view(p))
                .build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @APIResponse(responseCode = "200", description = "Phiên bản mới, hiện hành")
    @APIResponse(responseCode = "400", description = "Dữ liệu thủ tục không hợp lệ, từng trường một")
    @APIResponse(responseCode = "404", description = "Không có thủ tục mã này")
    @Operation(summary = "Revise a procedure: a new current version; dossiers already received keep theirs")
    public ProcedureView revise(
            @PathParam("code") @Size(max = 32) String code, @Valid @NotNull ProcedureDraft request) {
        ProcedureVersion revised =
                admin.revise(code, request, identity.getPrincipal().getName());
        cache.forgetProcedure(code); // committed: the next submission reads the new version
        return view(revised);
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({"admin", "officer", "supervisor"})
    @APIResponse(responseCode = "200", description = "Mọi phiên bản, cũ nhất trước")
    @APIResponse(responseCode = "404", description = "Không có thủ tục mã này")
    @Operation(summary = "Every version of a procedure, oldest first")
    public List<ProcedureView> versions(@PathParam("code") @Size(max = 32) String code) {
        List<ProcedureVersion> versions = ProcedureVersion.list("code = ?1 order by version", code);
        if (versions.isEmpty()) {
            throw DomainException.notFound("Không có thủ tục mã " + code + ".");
        }
        return versions.stream().map(this::view).toList();
    }

    private ProcedureView view(ProcedureVersion p) {
        return new ProcedureView(
                p.code,
                p.version,
                p.current,
                p.name,
                p.field,
                p.fieldCode,
                p.agencyLevel,
                plain(p.processingDays),
                p.onlineProcessingDays == null ? null : plain(p.onlineProcessingDays),
                p.supplementPolicy,
                p.feeVnd,
                catalogue.components(p),
                catalogue.steps(p));
    }

    /** 10.0 → 10 and 0.5 → 0.5, never 1E+1. */
    private static BigDecimal plain(BigDecimal days) {
        return new BigDecimal(days.stripTrailingZeros().toPlainString());
    }
}
