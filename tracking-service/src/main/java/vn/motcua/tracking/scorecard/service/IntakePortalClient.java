package vn.motcua.tracking.scorecard.service;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * intake-service's monthly figures of its national-portal sync (intake owns the sync): per receiving agency, the
 * dossiers received in the month and those the portal holds; with a client-credentials token.
 */
@RegisterRestClient(configKey = "intake-portal")
@OidcClientFilter
@Path("/api/portal-sync/monthly")
public interface IntakePortalClient {

    record AgencyMonth(String agency, long received, long onPortal) {}

    record Figures(String month, boolean syncEnabled, List<AgencyMonth> agencies) {}

    @GET
    Figures month(@QueryParam("month") String month);
}
