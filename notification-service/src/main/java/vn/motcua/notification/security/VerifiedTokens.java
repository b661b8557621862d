package vn.motcua.notification.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
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
    public Optional<SecurityIdentity> find(String token, RoutingContext request) {
        Verified verified = cache.getIfPresent(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.until())) {
            cache.invalidate(token);
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(verified.identity());
        if (request != null) {
            // Where Quarkus and quarkus-oidc put the request for later readers of the identity.
            builder.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request);
            builder.addAttribute(RoutingContext.class.getName(), request);
            Object blockingApi = request.get(AuthenticationRequestContext.class.getName());
            if (blockingApi != null) {
                builder.addAttribute(AuthenticationRequestContext.class.getName(), blockingApi);
            }
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
        // The request that verified it is over: nothing of it may live on in the cache (a routing context holds the
        // request's headers, body and answer: about 32 kB each for a list of agencies, measured).
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.entrySet().removeIf(VerifiedTokens::belongsToTheRequest);
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .addPermissions(identity.getPermissions())
                .build();
        cache.put(credential.getToken(), new Verified(kept, until));
    }

    /** Attributes quarkus-oidc and Quarkus set from the request being authenticated, under any name. */
    static boolean belongsToTheRequest(Map.Entry<String, Object> attribute) {
        return attribute.getKey().equals(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)
                || attribute.getValue() instanceof RoutingContext
                || attribute.getValue() instanceof AuthenticationRequestContext;
    }

    /** The identity as kept, for the tests: it must hold nothing of the request that verified it. */
    Optional<SecurityIdentity> kept(String token) {
        return Optional.ofNullable(cache.getIfPresent(token)).map(Verified::identity);
    }
}
