package vn.motcua.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.dossier.rest.Submissions;

/**
 * A token verified once is answered from the cache with the same roles and claims, and the cache never lets in what
 * the OIDC provider would refuse: another signature on the same claims, or the same token once it has expired.
 */
@QuarkusTest
class TokenCacheTest {
    @Inject
    TokenCache tokenCache;

    long hits() {
        return tokenCache.verified().orElseThrow().cache().stats().hitCount();
    }

    static int listAs(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/dossiers?size=1")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aSecondRequestWithTheSameTokenIsAnsweredFromTheCacheWithItsRoles() {
        String citizen = TestTokens.citizen("001204000111");
        assertEquals(200, listAs(citizen));
        long before = hits();
        assertEquals(200, listAs(citizen));
        assertEquals(before + 1, hits(), "the second request's token came from the cache");
        // The cached identity is a citizen's, not more: an officer's action stays refused.
        given().auth()
                .oauth2(citizen)
                .contentType("application/json")
                .when()
                .post("/api/dossiers/NO-SUCH-CODE/accept")
                .then()
                .statusCode(403);
    }

    @Test
    void theCachedIdentityKeepsTheTokensClaims() {
        // The officer's agency is a claim: from the cache too, a desk receives only for its own agency.
        String officer = TestTokens.officer("000.00.13.H57");
        assertEquals(200, listAs(officer));
        long before = hits();
        given().auth()
                .oauth2(officer)
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.00.12.H57", "019095012345"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(403)
                .body("detail", equalTo("Cán bộ chỉ tiếp nhận hồ sơ tại cơ quan của mình."));
        assertEquals(before + 1, hits());
    }

    @Test
    void anotherSignatureOnTheSameClaimsIsRefusedAfterTheTokenWasCached() {
        String officer = TestTokens.officer("UBND-XA-TEST");
        assertEquals(200, listAs(officer));
        assertEquals(401, listAs(TokenCacheChecks.forged(officer)));
        assertEquals(200, listAs(officer));
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String shortLived = TokenCacheChecks.officerUntil("UBND-XA-SHORT", expiry);
        assertEquals(200, listAs(shortLived));
        assertEquals(200, listAs(shortLived));
        TokenCacheChecks.waitPast(expiry);
        assertEquals(401, listAs(shortLived));
    }

    @Test
    void nothingOfTheRequestThatVerifiedATokenIsKept() {
        String officer = TestTokens.officer("UBND-XA-KEPT");
        assertEquals(200, listAs(officer));
        TokenCacheChecks.assertHoldsNothingOfItsRequest(
                tokenCache.verified().orElseThrow().kept(officer).orElseThrow());
        assertEquals(200, listAs(officer), "answered from the cache with this request's context");
    }
}
