package vn.motcua.intake.common.config;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the service, so tests and rules read time the same way. {@code intake.clock.offset}
 * (default 0) moves it forward for acceptance tests of lateness on a packaged service; never set in production.
 */
@ApplicationScoped
public class ClockProducer {
    private final Duration offset;

    public ClockProducer(@ConfigProperty(name = "intake.clock.offset", defaultValue = "PT0S") Duration offset) {
        this.offset = offset;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        if (!offset.isZero()) {
            Log.warnf("intake.clock.offset is %s: this instance's clock is not the real time", offset);
        }
        // Microseconds: what TIMESTAMP(6) stores, so a value reads back exactly as it was written.
        return Clock.tick(Clock.offset(Clock.systemUTC(), offset), Duration.ofNanos(1000));
    }
}
