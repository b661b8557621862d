package vn.motcua.intake.dossier.service;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.motcua.intake.dossier.domain.AppointmentCache;

/** tracking-service's calendar API, the one owner of working-day rules; called with a client-credentials token. */
@RegisterRestClient(configKey = "tracking-calendar")
@OidcClientFilter
@Path("/api/calendar")
public interface TrackingCalendarClient {

    /** The window is absent from a tracking-service older than it: then nothing is reused. */
    record DueDate(
            OffsetDateTime effectiveReceivedAt,
            OffsetDateTime dueAt,
            String workingDays,
            OffsetDateTime sameForReceiptsFrom,
            OffsetDateTime sameForReceiptsUntil) {

        Optional<AppointmentCache.Answer> reusable() {
            if (sameForReceiptsFrom == null || sameForReceiptsUntil == null) {
                return Optional.empty();
            }
            return Optional.of(new AppointmentCache.Answer(
                    dueAt.toInstant(), sameForReceiptsFrom.toInstant(), sameForReceiptsUntil.toInstant()));
        }
    }

    @GET
    @Path("/due-date")
    DueDate dueDate(@QueryParam("receivedAt") String receivedAt, @QueryParam("workingDays") String workingDays);
}
