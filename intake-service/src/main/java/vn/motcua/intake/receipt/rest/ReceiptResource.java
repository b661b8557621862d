package vn.motcua.intake.receipt.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import vn.motcua.intake.receipt.pdf.ReceiptPdf;
import vn.motcua.intake.receipt.service.ReceiptService;
import vn.motcua.intake.security.DossierAccess;

/** Form 01 for a received dossier, printed at the counter or downloaded by the applicant. */
@Path("/api/dossiers/{code}/receipt")
public class ReceiptResource {
    private final ReceiptService receipts;
    private final DossierAccess access;

    public ReceiptResource(ReceiptService receipts, DossierAccess access) {
        this.receipts = receipts;
        this.access = access;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({"citizen", "officer", "supervisor"})
    @Transactional
    @APIResponse(
            responseCode = "200",
            description = "Phiếu tiếp nhận và hẹn trả kết quả (mẫu 01), PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này hoặc không phải của người hỏi")
    @APIResponse(responseCode = "409", description = "Hồ sơ chưa được tiếp nhận")
    @Operation(summary = "Receipt and appointment slip (form 01) as a PDF with embedded Vietnamese fonts")
    public Response receipt(@PathParam("code") @Size(max = 64) String code) {
        var slip = receipts.slip(access.visible(code));
        return Response.ok(ReceiptPdf.render(slip))
                .header("Content-Disposition", "inline; filename=\"giay-tiep-nhan-" + slip.code() + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
