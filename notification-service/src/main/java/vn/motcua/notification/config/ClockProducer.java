package vn.motcua.notification.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/** One clock for the service, so tests and rules read time the same way. */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        // Microseconds: what TIMESTAMP(6) stores, so a value reads back exactly as it was written.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
