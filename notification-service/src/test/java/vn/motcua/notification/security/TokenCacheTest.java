package vn.motcua.notification.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

    /** The status of a request that gets no delivery log. */
    static int refusalAs(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/notifications?dossierCode=X")
                .then()
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
            assertEquals(403, refusalAs(admin));
        }
    }

    @Test
    void anotherSignatureOnTheSameClaimsIsRefusedAfterTheTokenWasCached() {
        String officer = TestTokens.officer(AGENCY);
        assertEquals(200, logAs(officer, "X", 0));
        assertEquals(401, refusalAs(TokenCacheChecks.forged(officer)));
        assertEquals(200, logAs(officer, "X", 0));
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String shortLived = TokenCacheChecks.officerUntil(AGENCY, expiry);
        assertEquals(200, logAs(shortLived, "X", 0));
        assertEquals(200, logAs(shortLived, "X", 0));
        TokenCacheChecks.waitPast(expiry);
        assertEquals(401, refusalAs(shortLived));
    }

    @Test
    void nothingOfTheRequestThatVerifiedATokenIsKept() {
        String officer = TestTokens.officer(AGENCY);
        assertEquals(200, logAs(officer, "X", 0));
        TokenCacheChecks.assertHoldsNothingOfItsRequest(
                tokenCache.verified().orElseThrow().kept(officer).orElseThrow());
        assertEquals(200, logAs(officer, "X", 0), "answered from the cache with this request's context");
    }
}
