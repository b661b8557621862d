package vn.motcua.tracking.session.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Who the caller is, as this service understands the token: what the pages show and scope by. */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SessionResource {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public SessionResource(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The citizen ID is never echoed: only whether the token carries one. */
    public record Session(String username, Set<String> roles, Optional<String> agency, boolean hasCitizenId) {}

    @GET
    @APIResponse(responseCode = "200", description = "Tên, vai trò và cơ quan của người đăng nhập")
    @Operation(summary = "The signed-in user's name, roles and agency")
    public Session current() {
        return new Session(
                identity.getPrincipal().getName(),
                new TreeSet<>(identity.getRoles()),
                Optional.ofNullable(token.<String>getClaim("agency")),
                token.containsClaim("citizen_id"));
    }
}
