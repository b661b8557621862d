package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window limit per client address for the public lookup, so ID numbers cannot be guessed in bulk.
 * Per instance: behind N instances a client gets at most N times the limit.
 */
@ApplicationScoped
public class LookupRateLimiter {
    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    public LookupRateLimiter(@ConfigProperty(name = "intake.lookup.per-minute", defaultValue = "10") int perMinute,
                             Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public boolean tryAcquire(String client) {
        long minute = clock.instant().getEpochSecond() / 60;
        Window w = windows.compute(client, (k, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (windows.size() > 100_000) {
            windows.values().removeIf(x -> x.minute() != minute);
        }
        return w.count() <= perMinute;
    }
}
