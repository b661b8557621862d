package vn.motcua.intake.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.service.Submission;
import vn.motcua.intake.dossier.service.Supplements;
import vn.motcua.intake.security.Caller;
import vn.motcua.intake.security.DossierAccess;

/** The applicant sends the papers the agency asked for (form 02) online, as uploads. */
@Path("/api/dossiers/{code}/supplements")
@Produces(MediaType.APPLICATION_JSON)
public class SupplementResource {
    private final Supplements supplements;
    private final DossierAccess access;
    private final Caller caller;
    private final DossierViews views;

    public SupplementResource(Supplements supplements, DossierAccess access, Caller caller, DossierViews views) {
        this.supplements = supplements;
        this.access = access;
        this.caller = caller;
        this.views = views;
    }

    public record Papers(
            @NotEmpty(message = "cần ít nhất một giấy tờ bổ sung")
            @Size(max = 20, message = "tối đa 20 giấy tờ mỗi lần")
            List<Submission.@Valid @NotNull Document> documents) {}

    /** The components the form offers: the dossier's procedure version's, which the server checks against. */
    @GET
    @RolesAllowed("citizen")
    @APIResponse(responseCode = "200", description = "Thành phần hồ sơ theo phiên bản thủ tục của hồ sơ")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này hoặc không phải của người gửi")
    @Operation(
            summary = "The components the applicant may send as a supplement: those of the procedure version the "
                    + "dossier was submitted under, not the current one")
    public List<CatalogueJson.Component> components(@PathParam("code") @Size(max = 64) String code) {
        return supplements.components(access.visible(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @APIResponse(responseCode = "200", description = "Hồ sơ với giấy tờ bổ sung vừa gửi (suppliedAt)")
    @APIResponse(responseCode = "400", description = "Thành phần không có trong thủ tục, tệp không phải của người gửi")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này hoặc không phải của người gửi")
    @APIResponse(responseCode = "409", description = "Hồ sơ không ở bước chờ bổ sung")
    @Operation(summary = "The applicant's supplementary papers (uploaded files), while tracking waits for them")
    public DossierView add(@PathParam("code") @Size(max = 64) String code, @Valid @NotNull Papers papers) {
        Dossier d = access.visible(code); // the applicant's own: another's answers 404
        return views.of(d, supplements.add(d, papers.documents(), caller.name()));
    }
}
