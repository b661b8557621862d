package vn.motcua.tracking.restructuring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.tracking.common.rest.InvalidInputException;
import vn.motcua.tracking.common.rest.Problem.FieldError;
import vn.motcua.tracking.restructuring.service.AgencyMerger;
import vn.motcua.tracking.security.Caller;

import java.time.Clock;
import java.util.List;

/** Agency restructuring: an administrator merges an agency into its successor. */
@Path("/api/agencies/{code}/merge")
@Produces(MediaType.APPLICATION_JSON)
public class RestructuringResource {
    private final AgencyMerger merger;
    private final Caller caller;
    private final Clock clock;

    public RestructuringResource(AgencyMerger merger, Caller caller, Clock clock) {
        this.merger = merger;
        this.caller = caller;
        this.clock = clock;
    }

    public record MergeRequest(@NotBlank(message = "cần mã cơ quan kế thừa") @Size(max = 32) String successorCode) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Move every dossier the agency still holds to its successor, clocks intact, each move recorded")
    public AgencyMerger.Result merge(@PathParam("code") @Size(max = 32) String code, @Valid @NotNull MergeRequest request) {
        if (request.successorCode().strip().equals(code)) {
            throw new InvalidInputException(List.of(new FieldError("successorCode", "cơ quan kế thừa phải khác cơ quan bị sáp nhập")));
        }
        return merger.merge(code, request.successorCode().strip(), caller.actor(), clock.instant());
    }
}
