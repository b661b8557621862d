package vn.motcua.intake.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    static final AuthenticationRequestContext FIRST_BLOCKING_API = supplier -> null;
    static final AuthenticationRequestContext NEXT_BLOCKING_API = supplier -> null;
    static final RoutingContext FIRST_REQUEST = request(FIRST_BLOCKING_API);
    static final RoutingContext NEXT_REQUEST = request(NEXT_BLOCKING_API);

    /** A request whose only data is the blocking API quarkus-oidc keeps in it. */
    static RoutingContext request(AuthenticationRequestContext blockingApi) {
        return (RoutingContext) Proxy.newProxyInstance(
                RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> AuthenticationRequestContext.class.getName().equals(args[0]) ? blockingApi : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), clock);

    static SecurityIdentity verified(String token, Instant expiry) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("officer-1");
        claims.setClaim("agency", "UBND-X");
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiry.getEpochSecond()));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(token, "JWT", claims))
                .addRole("officer")
                .addCredential(new AccessTokenCredential(token))
                .addAttribute("tenant-id", "Default")
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, FIRST_REQUEST)
                .addAttribute(RoutingContext.class.getName(), FIRST_REQUEST)
                .addAttribute(AuthenticationRequestContext.class.getName(), FIRST_BLOCKING_API)
                .addPermissionAsString("openid")
                .build();
    }

    @Test
    void aVerifiedTokenIsAnsweredWithItsIdentityAndTheNextRequestsContext() {
        SecurityIdentity first = verified("token-a", T0.plusSeconds(300));
        tokens.remember(first);

        SecurityIdentity again = tokens.find("token-a", NEXT_REQUEST).orElseThrow();
        assertSame(first.getPrincipal(), again.getPrincipal());
        assertEquals(Set.of("officer"), again.getRoles());
        assertEquals(first.getCredentials(), again.getCredentials());
        assertTrue(again.checkPermission(new StringPermission("openid")).await().indefinitely());
        assertFalse(again.checkPermission(new StringPermission("admin")).await().indefinitely());
        assertEquals("Default", again.getAttribute("tenant-id"));
        assertSame(NEXT_REQUEST, again.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
        assertSame(NEXT_REQUEST, again.getAttribute(RoutingContext.class.getName()));
        assertSame(NEXT_BLOCKING_API, again.getAttribute(AuthenticationRequestContext.class.getName()));
        assertTrue(tokens.find("token-b", NEXT_REQUEST).isEmpty(), "only the exact token");
        assertTrue(tokens.find("token-a ", NEXT_REQUEST).isEmpty(), "only the exact token");
    }

    /** Remembered at T0 with this expiry, the token is found a second before {@code lastSecond} and not at it. */
    void believedUntil(Instant expiry, long lastSecond) {
        tokens.remember(verified("token-a", expiry));
        clock.now = T0.plusSeconds(lastSecond - 1);
        assertTrue(tokens.find("token-a", NEXT_REQUEST).isPresent());
        clock.now = T0.plusSeconds(lastSecond);
        assertTrue(tokens.find("token-a", NEXT_REQUEST).isEmpty());
    }

    @Test
    void aTokenIsNotBelievedPastItsOwnExpiry() {
        believedUntil(T0.plusSeconds(30), 30);
    }

    @Test
    void aTokenIsCheckedAgainAfterTheMaximumAgeEvenIfItLivesLonger() {
        believedUntil(T0.plusSeconds(3600), 60);
    }

    @Test
    void aLaterUseDoesNotExtendTheTokensTime() {
        tokens.remember(verified("token-a", T0.plusSeconds(3600)));
        clock.now = T0.plusSeconds(50);
        tokens.remember(tokens.find("token-a", NEXT_REQUEST).orElseThrow());
        clock.now = T0.plusSeconds(60);
        assertTrue(tokens.find("token-a", NEXT_REQUEST).isEmpty());
    }

    @Test
    void onlyIdentitiesVerifiedFromABearerTokenAreKept() {
        tokens.remember(verified("expired", T0.minusSeconds(1)));
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        tokens.remember(QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> "basic-user")
                .addCredential(new AccessTokenCredential("not-a-jwt-principal"))
                .build());
        assertTrue(tokens.find("expired", NEXT_REQUEST).isEmpty());
        assertTrue(tokens.find("not-a-jwt-principal", NEXT_REQUEST).isEmpty());
        assertEquals(0, tokens.cache().estimatedSize());
    }

    @Test
    void theRequestThatVerifiedATokenIsNotKept() {
        tokens.remember(verified("token-a", T0.plusSeconds(300)));
        assertEquals(
                Map.of("tenant-id", "Default"),
                tokens.kept("token-a").orElseThrow().getAttributes());
        SecurityIdentity withoutRequest = tokens.find("token-a", null).orElseThrow();
        assertEquals(Map.of("tenant-id", "Default"), withoutRequest.getAttributes());
    }
}
