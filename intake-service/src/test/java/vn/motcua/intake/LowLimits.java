package vn.motcua.intake;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The settings of the tests of limits, in one test profile: every profile costs a Quarkus build and a start of
 * its own (about 10 s), and these settings do not touch each other's tests.
 */
public class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // UploadQuotaTest: a citizen's fourth file in 24 hours is refused
                "intake.files.citizen-daily-files",
                "3",
                // LookupBehindUntrustedProxyTest: the only trusted proxy is an address no test request comes from
                "quarkus.http.proxy.trusted-proxies",
                "192.0.2.1");
    }
}
