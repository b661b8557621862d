package vn.motcua.tracking.common.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.tracking.common.domain.DomainException;

/**
 * Limits for the public lookup, so ID numbers cannot be guessed in bulk: per client address (the forwarded one
 * from a trusted proxy) and per dossier code (however many addresses ask). Token buckets from Bucket4j, held in
 * Caffeine caches with a size bound, so a flood of new addresses evicts old buckets instead of growing memory.
 * Per instance: behind N replicas a client gets at most N times the limit (docs/security.md).
 */
@ApplicationScoped
public class LookupRateLimiter {
    private static final int MAX_TRACKED = 100_000;
    private final Cache<String, Bucket> clients = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final Cache<String, Bucket> codes = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED)
            .expireAfterAccess(Duration.ofHours(2))
            .build();
    private final Supplier<Bucket> perClient;
    private final Supplier<Bucket> perCode;

    public LookupRateLimiter(
            @ConfigProperty(name = "tracking.lookup.per-minute") int perMinute,
            @ConfigProperty(name = "tracking.lookup.per-code-per-hour") int perCodePerHour) {
        this.perClient = () -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillIntervally(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
        this.perCode = () -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perCodePerHour)
                        .refillIntervally(perCodePerHour, Duration.ofHours(1))
                        .build())
                .build();
    }

    /** Goes ahead quietly, or refuses with 429 and Retry-After when the client or the key is over its limit. */
    public void admit(String client, String key) {
        tryAcquire(client, key).ifPresent(wait -> {
            throw DomainException.tooMany(wait.toSeconds());
        });
    }

    /** Empty when the lookup may go ahead; otherwise how long until it may. */
    public Optional<Duration> tryAcquire(String client, String code) {
        ConsumptionProbe byClient = clients.get(client, k -> perClient.get()).tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            return Optional.of(wait(byClient));
        }
        ConsumptionProbe byCode = codes.get(code, k -> perCode.get()).tryConsumeAndReturnRemaining(1);
        return byCode.isConsumed() ? Optional.empty() : Optional.of(wait(byCode));
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofSeconds(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
