package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real tokens from the local stack's Keycloak: the realm's citizen_id claim scopes what a citizen sees. */
@QuarkusTest
@TestProfile(RealKeycloakTest.RealKeycloak.class)
class RealKeycloakTest {
    static final String KEYCLOAK = "http://127.0.0.1:" + System.getenv().getOrDefault("STACK_KEYCLOAK_PORT", "8180");

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url",
                    KEYCLOAK + "/realms/motcua",
                    "quarkus.oidc.token.audience",
                    "notification-service",
                    "quarkus.oidc.credentials.secret",
                    "notification-service-local-secret");
        }
    }

    static String passwordToken(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "motcua-web")
                .formParam("username", user)
                .formParam("password", user)
                .post(KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void citizenOneSeesTheirDossierAndCitizenTwoDoesNot() {
        // citizen1's ID number in the realm is 019095012345.
        String code = DeliveryLogFixture.dossierWithDeliveries("000.00.12.H57", "019095012345");
        given().auth()
                .oauth2(passwordToken("citizen1"))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        given().auth()
                .oauth2(passwordToken("citizen2"))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void anAdminIsNotAllowedToReadTheLog() {
        given().auth()
                .oauth2(passwordToken("admin1"))
                .queryParam("dossierCode", "x")
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(403);
    }

    @Test
    void aTokenOfTheRealmMeantForAnotherServiceIsRejected() {
        // intake-service's own service-account token is valid in the realm but not addressed to notification-service:
        // without
        // the audience check it would authenticate (and get 403 for its role); with it, it does not (401).
        String foreign = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "intake-service")
                .formParam("client_secret", "intake-service-local-secret")
                .post(KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth()
                .oauth2(foreign)
                .when()
                .get("/api/notifications?dossierCode=X")
                .then()
                .statusCode(401);
    }
}
