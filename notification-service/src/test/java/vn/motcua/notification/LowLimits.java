package vn.motcua.notification;

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
                // AdmissionControlTest: no room for any API request (the consumers are not admitted by it)
                "notification.admission.max-concurrent",
                "0",
                "notification.admission.retry-after",
                "2s",
                // ParkingBoundTest: a park of three events
                "notification.parking.max-events",
                "3");
    }
}
