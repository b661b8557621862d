package vn.motcua.intake.agency.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.intake.agency.domain.Agency;

import java.util.List;
import java.util.Optional;

@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AgencyResource {

    public record AgencyView(String code, String name, Agency.Level level, Optional<String> parentCode) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code, a.name, a.level, Optional.ofNullable(a.parentCode));
        }
    }

    @GET
    @Operation(summary = "Agencies that receive dossiers (active ones)")
    public List<AgencyView> list() {
        return Agency.listActive().stream().map(AgencyView::of).toList();
    }
}
