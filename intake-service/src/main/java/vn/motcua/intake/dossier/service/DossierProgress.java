package vn.motcua.intake.dossier.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Where a received dossier stands now. intake's own status stops at RECEIVED: processing, supplement rounds, the
 * result and its return happen in tracking, which also moves the appointment (a supplement round under PAUSE, an
 * apology's new date). Empty when tracking does not know the dossier yet or does not answer: the caller then says
 * what intake knows.
 */
@ApplicationScoped
public class DossierProgress {
    private final TrackingProgressClient tracking;

    public DossierProgress(@RestClient TrackingProgressClient tracking) {
        this.tracking = tracking;
    }

    public Optional<TrackingProgressClient.Progress> of(String code) {
        try {
            return Optional.of(tracking.progress(code));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                Log.warnf(
                        "tracking answered %d for the progress of %s",
                        e.getResponse().getStatus(), code);
            }
            return Optional.empty(); // 404: its DOSSIER_RECEIVED event is still on its way
        } catch (RuntimeException e) {
            Log.warnf("tracking did not answer for the progress of %s: %s", code, e.toString());
            return Optional.empty();
        }
    }
}
