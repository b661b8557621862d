package vn.motcua.notification.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.LowLimits;
import vn.motcua.notification.TestTokens;

/**
 * With no room left (a limit of 0 requests at once), every API request is refused at once with 503,
 * Retry-After and a Vietnamese problem, before its token is even looked at; readiness still answers.
 */
@QuarkusTest
@TestProfile(LowLimits.class)
class AdmissionControlTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    @Test
    void aFullServiceAnswers503WithRetryAfterAsAProblemAndStaysReady() {
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .queryParam("dossierCode", "000.00.12.H57-261205-0001")
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(503)
                .header("Retry-After", "2")
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("title", equalTo("Hệ thống đang quá tải"))
                .body("detail", containsString("vui lòng thử lại sau 2 giây"));
        // Refused before authentication: no token, still 503 (not 401), and it costs no token check.
        given().when().get("/api/notifications").then().statusCode(503);
        given().port(management).when().get("/q/health/ready").then().statusCode(200);
        // Counted for the operators' dashboards.
        given().port(management)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("notification_admission_refused_total"));
    }
}
