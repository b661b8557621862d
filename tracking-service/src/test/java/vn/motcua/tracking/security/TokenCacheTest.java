package vn.motcua.tracking.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;

/**
 * A token verified once is answered from the cache with the same roles and claims (an officer's desk reads its queue
 * with one token many times), and the cache never lets in what the OIDC provider would refuse: another signature on
 * the same claims, or the same token once it has expired.
 */
@QuarkusTest
class TokenCacheTest {
    @Inject
    TokenCache tokenCache;

    long hits() {
        return tokenCache.verified().orElseThrow().cache().stats().hitCount();
    }

    static int queueAs(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/queue?size=1")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aSecondRequestWithTheSameTokenIsAnsweredFromTheCacheWithItsRoles() {
        String officer = TestTokens.officer("UBND-XA-CACHE");
        assertEquals(200, queueAs(officer));
        long before = hits();
        assertEquals(200, queueAs(officer));
        assertEquals(before + 1, hits(), "the second request's token came from the cache");
        // A citizen's cached identity stays a citizen's: the desk's queue stays refused.
        String citizen = TestTokens.citizen("001204000111");
        assertEquals(403, queueAs(citizen));
        assertEquals(403, queueAs(citizen));
    }

    static String queueAgency(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/queue?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("agency");
    }

    @Test
    void theCachedIdentityKeepsTheTokensClaims() {
        // The agency a desk's queue shows is the token's claim (Caller), from the cache as from the token.
        String first = TestTokens.officer("UBND-XA-MOT");
        String second = TestTokens.officer("UBND-XA-HAI");
        assertEquals("UBND-XA-MOT", queueAgency(first));
        assertEquals("UBND-XA-HAI", queueAgency(second));
        long before = hits();
        assertEquals("UBND-XA-MOT", queueAgency(first));
        assertEquals("UBND-XA-HAI", queueAgency(second));
        assertEquals(before + 2, hits());
        // Without an agency claim an officer has no queue, from the cache too.
        String withoutAgency = TestTokens.role("officer");
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(withoutAgency)
                    .when()
                    .get("/api/queue?size=1")
                    .then()
                    .statusCode(403)
                    .body("detail", equalTo("Tài khoản chưa được gắn với cơ quan nào."));
        }
    }

    @Test
    void anotherSignatureOnTheSameClaimsIsRefusedAfterTheTokenWasCached() {
        String officer = TestTokens.officer("UBND-XA-FORGED");
        assertEquals(200, queueAs(officer));
        assertEquals(401, queueAs(TokenCacheChecks.forged(officer)));
        assertEquals(200, queueAs(officer));
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String shortLived = TokenCacheChecks.officerUntil("UBND-XA-SHORT", expiry);
        assertEquals(200, queueAs(shortLived));
        assertEquals(200, queueAs(shortLived));
        TokenCacheChecks.waitPast(expiry);
        assertEquals(401, queueAs(shortLived));
    }

    @Test
    void nothingOfTheRequestThatVerifiedATokenIsKept() {
        String officer = TestTokens.officer("UBND-XA-KEPT");
        assertEquals(200, queueAs(officer));
        TokenCacheChecks.assertHoldsNothingOfItsRequest(
                tokenCache.verified().orElseThrow().kept(officer).orElseThrow());
        assertEquals(200, queueAs(officer), "answered from the cache with this request's context");
    }
}
