package vn.motcua.intake.catalogue.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.common.rest.ApiException;

import java.math.BigDecimal;
import java.util.List;

/** The public procedure catalogue (current versions): what to bring, how long it takes, what it costs. */
@Path("/api/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {
    private final CatalogueJson catalogue;

    public ProcedureResource(CatalogueJson catalogue) {
        this.catalogue = catalogue;
    }

    public record ProcedureView(String code, int version, String name, String field, Agency.Level agencyLevel,
                                BigDecimal processingDays, BigDecimal onlineProcessingDays, long feeVnd,
                                List<CatalogueJson.Component> components, List<CatalogueJson.Step> steps) {
    }

    @GET
    @Operation(summary = "Current procedures of the catalogue")
    public List<ProcedureView> list() {
        return ProcedureVersion.listCurrent().stream().map(this::view).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One procedure's current version")
    public ProcedureView get(@PathParam("code") @Size(max = 32) String code) {
        return ProcedureVersion.currentByCode(code).map(this::view)
                .orElseThrow(() -> ApiException.notFound("Không có thủ tục mã " + code + "."));
    }

    private ProcedureView view(ProcedureVersion p) {
        return new ProcedureView(p.code, p.version, p.name, p.field, p.agencyLevel, plain(p.processingDays),
                p.onlineProcessingDays == null ? null : plain(p.onlineProcessingDays), p.feeVnd,
                catalogue.components(p), catalogue.steps(p));
    }

    /** 10.0 → 10 and 0.5 → 0.5, never 1E+1. */
    private static BigDecimal plain(BigDecimal days) {
        return new BigDecimal(days.stripTrailingZeros().toPlainString());
    }
}
