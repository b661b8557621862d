package vn.motcua.tracking.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import vn.motcua.tracking.security.config.TokenCacheSettings;

/** The verified-token cache as configured: none when its size is 0. Its hits and misses are cache_gets_total. */
@ApplicationScoped
public class TokenCache {
    private final Optional<VerifiedTokens> verified;

    public TokenCache(TokenCacheSettings settings, MeterRegistry registry) {
        this.verified = settings.maxSize() <= 0
                ? Optional.empty()
                : Optional.of(new VerifiedTokens(settings.maxSize(), settings.maxAge(), Clock.systemUTC()));
        verified.ifPresent(v -> CaffeineCacheMetrics.monitor(registry, v.cache(), "verified_tokens"));
    }

    public Optional<VerifiedTokens> verified() {
        return verified;
    }
}
