package vn.motcua.tracking.security;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;

/** What each service's TokenCacheTest checks the same way: forged and short-lived tokens, and what a cache keeps. */
final class TokenCacheChecks {
    private TokenCacheChecks() {}

    /** The same header and claims under another signature. */
    static String forged(String token) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    }

    /** An officer's token of the test OIDC server that expires at {@code expiry}. */
    static String officerUntil(String agency, Instant expiry) {
        return Jwt.preferredUserName("officer-short")
                .groups("officer")
                .claim("agency", agency)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .expiresAt(expiry)
                .sign();
    }

    static void waitPast(Instant expiry) throws InterruptedException {
        Thread.sleep(Duration.between(Instant.now(), expiry).plusMillis(1500).toMillis());
    }

    /** Nothing of the request that verified a token, under any name: a routing context holds its body and answer. */
    static void assertHoldsNothingOfItsRequest(SecurityIdentity kept) {
        assertFalse(kept.getAttributes().containsKey(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
        kept.getAttributes()
                .forEach((name, value) -> assertFalse(
                        value instanceof RoutingContext
                                || value instanceof HttpServerRequest
                                || value instanceof AuthenticationRequestContext,
                        name));
    }
}
