package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.TrackingStub;

/**
 * A received dossier is processed in tracking: the public lookup says where it stands there (status, the appointment
 * moved by a supplement round or an apology), and what intake knows when tracking has not heard of it or is down.
 */
@QuarkusTest
class LookupProgressTest {
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    static final String ID = "019095012345";

    @Test
    void theLookupSaysWhereTrackingHasTheDossier() {
        String processed = received();
        String notYetInTracking = received();
        String whileTrackingIsDown = received();
        URI stub = URI.create(ConfigProvider.getConfig().getValue("intake.tracking.url", String.class));
        WireMock tracking = new WireMock(stub.getHost(), stub.getPort());
        // Only with intake's own client-credentials token, as tracking's endpoint takes the service role only.
        tracking.register(WireMock.get("/api/dossiers/" + processed + "/progress")
                .withHeader("Authorization", WireMock.matching("Bearer [A-Za-z0-9_.-]{20,}"))
                .willReturn(WireMock.okJson("{\"code\":\"" + processed + "\",\"status\":\"SUPPLEMENT_REQUESTED\","
                        + "\"statusLabel\":\"Chờ bổ sung\",\"nationalStatus\":5,\"paused\":true,"
                        + "\"dueAt\":\"2026-12-08T11:30:00+07:00\",\"appointmentAt\":\"2026-12-10T16:00:00+07:00\","
                        + "\"outcomeLabel\":null}")));
        tracking.register(WireMock.get("/api/dossiers/" + whileTrackingIsDown + "/progress")
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        lookup(processed, "198.51.100.21")
                .body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("statusLabel", equalTo("Chờ bổ sung"))
                .body("nationalStatus", equalTo(5))
                .body("appointmentAt", equalTo("2026-12-10T16:00:00+07:00"))
                .body("progressUnavailable", equalTo(false));
        for (String own : new String[] {notYetInTracking, whileTrackingIsDown}) {
            lookup(own, "198.51.100.22")
                    .body("status", equalTo("RECEIVED"))
                    .body("statusLabel", equalTo("Đã tiếp nhận"))
                    .body("nationalStatus", equalTo(2))
                    .body("appointmentAt", equalTo(TrackingStub.DUE_AT))
                    // Not yet in tracking, "received" is where it stands; tracking down, it is as of the receipt.
                    .body("progressUnavailable", equalTo(own.equals(whileTrackingIsDown)));
        }
        // Each client to tracking is measured on its own (the calendar's calls are not the lookups').
        given().port(management)
                .get("/q/metrics")
                .then()
                .body(containsString("http_client_requests_seconds_count{clientName=\"tracking-progress\""))
                .body(containsString("http_client_requests_seconds_count{clientName=\"tracking-calendar\""));
    }

    private static String received() {
        return given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.00.12.H57", ID))
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    private static ValidatableResponse lookup(String code, String client) {
        return given().header("X-Forwarded-For", client)
                .contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"idNumber\":\"" + ID + "\"}")
                .post("/api/lookup")
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
    }
}
