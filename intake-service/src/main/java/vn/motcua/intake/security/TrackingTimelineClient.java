package vn.motcua.intake.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * tracking-service's dossier timeline, asked with the caller's own token: tracking answers 200 only to those who may
 * see the dossier there, which includes the agency a dossier was handed over to (intake knows only the receiver).
 */
@RegisterRestClient(configKey = "tracking-timeline")
@Path("/api/dossiers")
public interface TrackingTimelineClient {

    @GET
    @Path("/{code}/timeline")
    Response timeline(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);
}
