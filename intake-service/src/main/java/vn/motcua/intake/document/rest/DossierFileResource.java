package vn.motcua.intake.document.rest;

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
import org.jboss.logging.Logger;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.document.domain.DocumentType;
import vn.motcua.intake.document.service.FileStore;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.security.Caller;
import vn.motcua.intake.security.DossierAccess;

/**
 * A document handed in with a dossier, for whoever may see the dossier: the officer who decides whether to accept
 * an online submission reads what the citizen uploaded, so does the agency it is handed over to, and the citizen can
 * check what they sent. A file is reached only through a dossier that lists it, never by its id alone.
 */
@Path("/api/dossiers/{code}/documents/{fileId}")
public class DossierFileResource {
    private static final Logger LOG = Logger.getLogger(DossierFileResource.class);
    private final FileStore files;
    private final DossierAccess access;
    private final Caller caller;

    public DossierFileResource(FileStore files, DossierAccess access, Caller caller) {
        this.files = files;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @RolesAllowed({"citizen", "officer", "supervisor"})
    @APIResponse(
            responseCode = "200",
            description = "Tệp của thành phần hồ sơ (PDF, PNG hoặc JPEG)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(implementation = String.class)))
    @APIResponse(
            responseCode = "404",
            description = "Không có hồ sơ này, không phải của người hỏi, hoặc hồ sơ không có tệp này")
    @Operation(
            summary = "A document uploaded with a dossier: its applicant, an officer of its agency or of the agency"
                    + " it was handed over to")
    public Response document(
            @PathParam("code") @Size(max = 64) String code, @PathParam("fileId") @Size(max = 64) String fileId) {
        access.visibleOrHeld(code);
        DossierDocument document = DossierDocument.of(code).stream()
                .filter(d -> fileId.equals(d.fileId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Hồ sơ " + code + " không có tệp này."));
        FileStore.Content content = files.content(fileId)
                .orElseThrow(() -> DomainException.notFound("Hồ sơ " + code + " không có tệp này."));
        String extension = DocumentType.ofContentType(content.contentType())
                .map(t -> t.extension)
                .orElse("bin");
        if (!caller.is("citizen")) {
            // Who opened a citizen's papers, for the agency's own audit; the log names no one else.
            LOG.infof("%s opened %s of dossier %s", caller.name(), document.componentCode, code);
        }
        // Only safe characters in the header, whatever an administrator named the component.
        String name = (code + "-" + document.componentCode).replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
        return Response.ok(content.bytes(), content.contentType())
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
