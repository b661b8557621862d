package vn.motcua.intake.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identities built from bearer tokens whose signature, issuer, audience and expiry were checked, by the exact token.
 * An officer's desk sends the same token with every request until it is refreshed; checking its RSA signature and
 * parsing its claims twice each time was the largest single cost left on a counter submission (docs/benchmarks.md).
 * A token is believed until the earlier of its own expiry and {@code maxAge} after it was checked.
 */
public final class VerifiedTokens {
    private record Verified(SecurityIdentity identity, Instant until) {}

    private final Cache<String, Verified> cache;
    private final Duration maxAge;
    private final Clock clock;

    public VerifiedTokens(int maxSize, Duration maxAge, Clock clock) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfterWrite(maxAge)
                .recordStats()
                .build();
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Cache<String, ?> cache() {
        return cache;
    }

    /** The identity a token was verified as, with this request's routing context, unless it has expired since. */
    public Optional<SecurityIdentity> find(String token, Object routingContext) {
        Verified verified = cache.getIfPresent(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.until())) {
            cache.invalidate(token);
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(verified.identity());
        if (routingContext != null) {
            builder.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routingContext);
        }
        return Optional.of(builder.build());
    }

    /** Keeps an identity that a bearer token was verified as; any other identity is left alone. */
    public void remember(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (credential == null || credential.getToken() == null || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant expiry = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant until = expiry.isBefore(now.plus(maxAge)) ? expiry : now.plus(maxAge);
        if (!now.isBefore(until) || cache.asMap().containsKey(credential.getToken())) {
            return;
        }
        // The request that verified it is over: its routing context must not live on in the cache.
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .addPermissions(identity.getPermissions())
                .build();
        cache.put(credential.getToken(), new Verified(kept, until));
    }
}
