package vn.motcua.intake.agency.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.agency.service.AgencyMerges;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.security.Caller;

@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AgencyResource {
    private final AgencyMerges merges;
    private final CatalogueCache registry;
    private final Caller caller;

    public AgencyResource(AgencyMerges merges, CatalogueCache registry, Caller caller) {
        this.merges = merges;
        this.registry = registry;
        this.caller = caller;
    }

    public record MergeRequest(
            @NotBlank(message = "cần mã cơ quan kế thừa") @Size(max = 32)
            String successorCode) {}

    /** {@code receivesDossiers}: whether applicants file there (false: hand-overs only). */
    public record AgencyView(
            String code, String name, Agency.Level level, Optional<String> parentCode, boolean receivesDossiers) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code, a.name, a.level, Optional.ofNullable(a.parentCode), a.receivesDossiers);
        }
    }

    @GET
    @PermitAll // the province publishes its agencies; the public feedback form lists them without a log-in
    @APIResponse(responseCode = "200", description = "Các cơ quan đang hoạt động")
    @Operation(
            summary = "The active agencies: those that receive dossiers, and those dossiers are only handed over to "
                    + "(receivesDossiers false)")
    public List<AgencyView> list() {
        return Agency.listActive().stream().map(AgencyView::of).toList();
    }

    @POST
    @Path("/{code}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @APIResponse(
            responseCode = "200",
            description = "Đã sáp nhập: cơ quan cũ ngừng hoạt động, hồ sơ trực tuyến đang chờ được chuyển")
    @APIResponse(responseCode = "400", description = "Mã cơ quan kế thừa thiếu hoặc không hợp lệ")
    @APIResponse(responseCode = "404", description = "Không có cơ quan mã này")
    @APIResponse(responseCode = "409", description = "Cơ quan đã được sáp nhập trước đó")
    @Operation(
            summary = "Merge an agency into its successor: retired here, its waiting online dossiers moved; "
                    + "AGENCY_MERGED tells tracking and the notifier. Repeating it is harmless.")
    public AgencyMerges.Result merge(
            @PathParam("code") @Size(max = 32) String code, @Valid @NotNull MergeRequest request) {
        AgencyMerges.Result result = merges.merge(code, request.successorCode().strip(), caller.person());
        registry.forgetAgency(code); // committed: this replica's next request sees it retired
        return result;
    }
}
