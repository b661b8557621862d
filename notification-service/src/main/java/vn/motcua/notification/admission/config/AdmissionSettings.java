package vn.motcua.notification.admission.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "notification.admission")
public interface AdmissionSettings {
    /** API requests served at once. Below the pool size, so consumers and health keep connections. */
    int maxConcurrent();

    /** Requests that may wait for a place; one more is answered 503 at once. */
    int maxQueued();

    /** How long a request waits for a place before it is answered 503. */
    Duration maxWait();

    /** What Retry-After tells a refused client. */
    Duration retryAfter();

    /** How long before the shutdown delay ends a stopping service stops admitting API requests (ApiShutdown). */
    Duration closeAhead();

    /** How long a stop waits for the API requests in flight to be answered before it closes the rest. */
    Duration drainFor();
}
