package vn.motcua.tracking.agency.service;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's agency registry (the one owner of agencies): the active ones, with a client-credentials token. */
@RegisterRestClient(configKey = "intake-agencies")
@OidcClientFilter
@Path("/api/agencies")
public interface IntakeAgencyClient {

    record AgencyView(String code, String name, String level) {}

    @GET
    List<AgencyView> active();
}
