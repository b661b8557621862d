package vn.motcua.intake.dossier.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests from a proxy that is not trusted: the forwarded header is ignored and the socket address counts. */
@QuarkusTest
@TestProfile(LookupBehindUntrustedProxyTest.UntrustedProxy.class)
class LookupBehindUntrustedProxyTest {
    public static class UntrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Test
    void aForgedForwardedHeaderDoesNotBuyMoreLookups() {
        int refused = 0;
        for (int i = 0; i < 11; i++) {
            refused += LookupLimitsTest.lookup(LookupLimitsTest.address(), LookupLimitsTest.code()) == 429 ? 1 : 0;
        }
        assertEquals(1, refused, "eleven addresses claimed, one client counted");
    }
}
