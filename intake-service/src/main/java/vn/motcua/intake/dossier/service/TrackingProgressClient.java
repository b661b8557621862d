package vn.motcua.intake.dossier.service;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tracking-service's view of where a dossier stands after intake, asked with intake's client-credentials token. */
@RegisterRestClient(configKey = "tracking-progress")
@OidcClientFilter
@Path("/api/dossiers")
public interface TrackingProgressClient {

    /**
     * What the lookup answers of tracking's view (its other fields are ignored). {@code appointmentAt}: form 04's new
     * appointment if one was given, else the legal due date in force.
     */
    record Progress(String code, String status, String statusLabel, int nationalStatus, OffsetDateTime appointmentAt) {}

    @GET
    @Path("/{code}/progress")
    Progress progress(@PathParam("code") String code);
}
