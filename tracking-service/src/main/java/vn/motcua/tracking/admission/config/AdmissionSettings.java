package vn.motcua.tracking.admission.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "tracking.admission")
public interface AdmissionSettings {
    /** API requests served at once; one more is answered 503 at once. Below the pool size, so consumers and health keep connections. */
    int maxConcurrent();

    /** What Retry-After tells a refused client. */
    Duration retryAfter();
}
