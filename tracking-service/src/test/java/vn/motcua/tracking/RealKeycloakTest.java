package vn.motcua.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real tokens from the local stack's Keycloak: the realm's agency claim and roles reach the service. */
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
                    "tracking-service",
                    "quarkus.oidc.credentials.secret",
                    "tracking-service-local-secret");
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
    void aSupervisorTokenCarriesRoleAndAgency() {
        given().auth()
                .oauth2(passwordToken("supervisor1"))
                .when()
                .get("/api/session")
                .then()
                .statusCode(200)
                .body("username", equalTo("supervisor1"))
                .body("roles", contains("supervisor"))
                .body("agency", equalTo("000.00.12.H57"));
    }

    @Test
    void aServiceAccountTokenFromClientCredentialsIsAccepted() {
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "intake-service")
                .formParam("client_secret", "intake-service-local-secret")
                .post(KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/session")
                .then()
                .statusCode(200)
                .body("roles", contains("service"));
    }

    @Test
    void aTokenOfTheRealmMeantForAnotherServiceIsRejected() {
        // notification-service's own service-account token is valid in the realm but not addressed to tracking-service:
        // without
        // the audience check it would authenticate (and get 403 for its role); with it, it does not (401).
        String foreign = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "notification-service")
                .formParam("client_secret", "notification-service-local-secret")
                .post(KEYCLOAK + "/realms/motcua/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth().oauth2(foreign).when().get("/api/queue").then().statusCode(401);
    }
}
