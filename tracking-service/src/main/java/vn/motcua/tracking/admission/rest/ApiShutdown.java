package vn.motcua.tracking.admission.rest;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.tracking.admission.config.AdmissionSettings;

/**
 * A stop (SIGTERM) answers every API request it took and writes none it cannot answer. Readiness goes DOWN and
 * the API still serves for the shutdown delay, so that balancers route around this instance. Then Quarkus waits
 * until it counts no request in flight and closes the HTTP server; but requests that arrived in between were
 * served while the server closed under them: work written and its answer lost (a dossier's 201 at the counter,
 * IntakeShutdownIT). So the API closes itself shortly before the delay ends (admission answers 503 from then on,
 * in microseconds), and Quarkus' wait covers exactly the requests admitted before that.
 */
@ApplicationScoped
public class ApiShutdown {
    private static final Logger LOG = Logger.getLogger(ApiShutdown.class);

    private final AdmissionControl admission;
    private final AdmissionSettings settings;
    private final Duration delay;

    public ApiShutdown(
            AdmissionControl admission,
            AdmissionSettings settings,
            @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
        this.admission = admission;
        this.settings = settings;
        this.delay = delay.orElse(Duration.ZERO);
    }

    /** Readiness has just gone DOWN: the API closes closeAhead before the delay ends (at once with no delay). */
    void closeAhead(@Observes ShutdownDelayInitiatedEvent event) {
        long ms = Math.max(0, delay.minus(settings.closeAhead()).toMillis());
        Thread closer = new Thread(
                () -> {
                    try {
                        Thread.sleep(ms);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the process is going: close now
                    }
                    admission.close();
                    LOG.infof(
                            "API closed %d ms after readiness went DOWN: new requests get 503, %d in flight",
                            ms, admission.inFlight());
                },
                "api-closer");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * First of the stop's work, before the database goes: whatever admission let in finishes its database work.
     * Normally none is left (Quarkus' drain waited for it); this covers a build without the shutdown delay, where
     * the API closes only here, and a request Quarkus' drain gave up on. The HTTP server is closed by now.
     */
    void drain(@Observes @Priority(0) ShutdownEvent event) throws InterruptedException {
        admission.close(); // already, unless the shutdown delay is not built in
        long start = System.nanoTime();
        int before = admission.inFlight();
        int left = admission.awaitAnswered(settings.drainFor());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (left > 0) {
            LOG.warnf("%d of %d API requests in flight still unanswered after %d ms of the stop", left, before, ms);
        } else if (before > 0) {
            LOG.infof("the %d API requests in flight at the stop were answered in %d ms", before, ms);
        }
    }
}
