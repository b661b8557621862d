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
 * what intake knows, and, when tracking did not answer, that it may no longer be so.
 */
@ApplicationScoped
public class DossierProgress {
    private final TrackingProgressClient tracking;

    public DossierProgress(@RestClient TrackingProgressClient tracking) {
        this.tracking = tracking;
    }

    /** tracking's answer: the dossier's progress, or none, and then whether tracking did not answer at all. */
    public record Answer(Optional<TrackingProgressClient.Progress> progress, boolean unavailable) {}

    public Optional<TrackingProgressClient.Progress> of(String code) {
        return ask(code).progress();
    }

    public Answer ask(String code) {
        try {
            return new Answer(Optional.of(tracking.progress(code)), false);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status != 404) {
                Log.warnf("tracking answered %d for the progress of %s", status, code);
            }
            return new Answer(Optional.empty(), status != 404); // 404: its DOSSIER_RECEIVED event is on its way
        } catch (RuntimeException e) {
            Log.warnf("tracking did not answer for the progress of %s: %s", code, e.toString());
            return new Answer(Optional.empty(), true);
        }
    }
}
