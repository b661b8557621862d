package vn.motcua.intake.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.security.Caller;

/**
 * For the officers' queue: when the applicant last sent papers online as a supplement, for a page of the agency's
 * dossiers in one call. Tracking pauses the clock while it waits for them and does not know they came; the page
 * marks the dossiers whose papers arrived after the request.
 */
@Path("/api/supplements")
@Produces(MediaType.APPLICATION_JSON)
public class SuppliedPapersResource {
    private final Caller caller;

    public SuppliedPapersResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"officer", "supervisor"})
    @APIResponse(
            responseCode = "200",
            description = "Mã hồ sơ → lần gần nhất người nộp gửi giấy tờ bổ sung trực tuyến; chỉ hồ sơ của cơ quan")
    @APIResponse(responseCode = "400", description = "Quá 50 mã hồ sơ, hoặc mã quá dài")
    @APIResponse(responseCode = "403", description = "Tài khoản cán bộ thiếu mã cơ quan")
    @Operation(summary = "When each of the given dossiers of the officer's agency last received supplements online")
    public Map<String, OffsetDateTime> latest(
            @QueryParam("code") @NotNull @Size(max = 50, message = "tối đa 50 mã hồ sơ mỗi lần")
                    List<@Size(max = 64, message = "mã hồ sơ quá dài") String> code) {
        String agency =
                caller.agency().orElseThrow(() -> DomainException.forbidden("Tài khoản cán bộ thiếu mã cơ quan."));
        Map<String, OffsetDateTime> latest = new TreeMap<>();
        DossierDocument.lastSupplied(code, agency).forEach((c, at) -> latest.put(c, DossierView.local(at)));
        return latest;
    }
}
