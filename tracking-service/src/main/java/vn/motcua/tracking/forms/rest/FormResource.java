package vn.motcua.tracking.forms.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.forms.service.DossierForms;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.security.Caller;

/** The printed forms of a dossier as PDFs, for those who may see it. */
@Path("/api/dossiers/{code}/forms/{form}")
public class FormResource {
    private final DossierForms forms;
    private final Caller caller;

    public FormResource(DossierForms forms, Caller caller) {
        this.forms = forms;
        this.caller = caller;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({"citizen", "officer", "supervisor", "ops", "admin"})
    @APIResponse(
            responseCode = "200",
            description = "Mẫu 02, 04, 05 hoặc 06 của hồ sơ, PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(implementation = String.class)))
    @APIResponse(
            responseCode = "404",
            description = "Không có hồ sơ này, người hỏi không được xem, hoặc không có mẫu này")
    @APIResponse(responseCode = "409", description = "Hồ sơ chưa có nội dung cho mẫu này")
    @Operation(
            summary = "Form 02 (supplement request), 04 (apology, new appointment), 05 (processing stopped) or 06"
                    + " (process-control sheet)")
    public Response form(
            @PathParam("code") @Size(max = 64) String code, @PathParam("form") @Size(max = 4) String form) {
        TrackedDossier d = caller.visible(code);
        byte[] pdf = switch (form) {
            case "02" -> forms.supplementRequest(d);
            case "04" -> forms.apology(d);
            case "05" -> forms.suspension(d);
            case "06" -> forms.processControl(d);
            default -> throw DomainException.notFound("Không có mẫu " + form + "; các mẫu: 02, 04, 05, 06.");
        };
        return Response.ok(pdf)
                .header("Content-Disposition", "inline; filename=\"mau-" + form + "-" + d.code + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
