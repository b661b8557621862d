package vn.motcua.intake.dossier.service;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tracking-service's calendar API, the one owner of working-day rules; called with a client-credentials token. */
@RegisterRestClient(configKey = "tracking")
@OidcClientFilter
@Path("/api/calendar")
public interface TrackingCalendarClient {

    record DueDate(OffsetDateTime effectiveReceivedAt, OffsetDateTime dueAt, String workingDays) {}

    @GET
    @Path("/due-date")
    DueDate dueDate(@QueryParam("receivedAt") String receivedAt, @QueryParam("workingDays") String workingDays);
}
