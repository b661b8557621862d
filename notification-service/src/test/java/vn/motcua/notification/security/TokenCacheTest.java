package vn.motcua.notification.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.DeliveryLogFixture;
import vn.motcua.notification.TestTokens;

/**
 * A token verified once is answered from the cache with the same roles and claims (who may read a delivery log
 * depends on both), and the cache never lets in what the OIDC provider would refuse: another signature on the same
 * claims, or the same token once it has expired.
 */
@QuarkusTest
class TokenCacheTest {
    static final String AGENCY = "000.00.12.H57";

    @Inject
    TokenCache tokenCache;

    long hits() {
        return tokenCache.verified().orElseThrow().cache().stats().hitCount();
    }

    static int logAs(String token, String dossierCode, int rows) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/notifications?dossierCode=" + dossierCode)
                .then()
                .body("$", hasSize(rows))
                .extract()
                .statusCode();
    }

    @Test
    void aSecondRequestWithTheSameTokenIsAnsweredFromTheCacheWithItsClaims() {
        String code = DeliveryLogFixture.dossierWithDeliveries(AGENCY, "019095012345");
        String own = TestTokens.officer(AGENCY);
        String other = TestTokens.officer("000.00.13.H57");
        assertEquals(200, logAs(own, code, 2));
        assertEquals(200, logAs(other, code, 0));
        long before = hits();
        // The agency claim decides what each desk sees, from the cache as from the token.
        assertEquals(200, logAs(own, code, 2));
        assertEquals(200, logAs(other, code, 0));
        assertEquals(before + 2, hits(), "both second requests' tokens came from the cache");
    }

    @Test
    void theCachedIdentityKeepsItsRoles() {
        // ops reads every agency's log by its role alone; admin has no role that reads one.
        String code = DeliveryLogFixture.dossierWithDeliveries("000.00.14.H57", "019095012345");
        String ops = TestTokens.role("ops");
        assertEquals(200, logAs(ops, code, 2));
        assertEquals(200, logAs(ops, code, 2));
        String admin = TestTokens.role("admin");
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(admin)
                    .when()
                    .get("/api/notifications?dossierCode=X")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void anotherSignatureOnTheSameClaimsIsRefusedAfterTheTokenWasCached() {
        String officer = TestTokens.officer(AGENCY);
        assertEquals(200, logAs(officer, "X", 0));
        String[] parts = officer.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth()
                .oauth2(forged)
                .when()
                .get("/api/notifications?dossierCode=X")
                .then()
                .statusCode(401);
        assertEquals(200, logAs(officer, "X", 0));
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String shortLived = Jwt.preferredUserName("officer-short")
                .groups("officer")
                .claim("agency", AGENCY)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .expiresAt(expiry)
                .sign();
        assertEquals(200, logAs(shortLived, "X", 0));
        assertEquals(200, logAs(shortLived, "X", 0));
        Thread.sleep(Duration.between(Instant.now(), expiry).plusMillis(1500).toMillis());
        given().auth()
                .oauth2(shortLived)
                .when()
                .get("/api/notifications?dossierCode=X")
                .then()
                .statusCode(401);
    }

    @Test
    void nothingOfTheRequestThatVerifiedATokenIsKept() {
        String officer = TestTokens.officer(AGENCY);
        assertEquals(200, logAs(officer, "X", 0));
        SecurityIdentity kept =
                tokenCache.verified().orElseThrow().kept(officer).orElseThrow();
        assertFalse(kept.getAttributes().containsKey(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
        // Under any name: a routing context holds the request's headers, body and answer.
        kept.getAttributes()
                .forEach((name, value) -> assertFalse(
                        value instanceof RoutingContext
                                || value instanceof HttpServerRequest
                                || value instanceof AuthenticationRequestContext,
                        name));
        assertEquals(200, logAs(officer, "X", 0), "answered from the cache with this request's context");
    }
}
