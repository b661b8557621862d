package vn.motcua.intake.dossier.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.LowLimits;

/** Requests from a proxy that is not trusted: the forwarded header is ignored and the socket address counts. */
@QuarkusTest
@TestProfile(LowLimits.class)
class LookupBehindUntrustedProxyTest {
    @Test
    void aForgedForwardedHeaderDoesNotBuyMoreLookups() {
        int refused = 0;
        for (int i = 0; i < 11; i++) {
            refused += LookupLimitsTest.lookup(LookupLimitsTest.address(), LookupLimitsTest.code()) == 429 ? 1 : 0;
        }
        assertEquals(1, refused, "eleven addresses claimed, one client counted");
    }
}
