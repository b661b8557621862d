package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real tokens from the local stack's Keycloak (realm motcua), verified against its published keys. */
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
                    "intake-service",
                    "quarkus.oidc.credentials.secret",
                    "intake-service-local-secret");
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
    void anOfficerTokenFromKeycloakIsAccepted() {
        given().auth()
                .oauth2(passwordToken("officer1"))
                .when()
                .get("/api/agencies")
                .then()
                .statusCode(200)
                .body("code", hasItem("000.00.13.H57"));
    }

    @Test
    void aTokenSignedByAnotherIssuerIsRejected() {
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .when()
                .get("/api/agencies")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenOfTheRealmMeantForAnotherServiceIsRejected() {
        // notification-service's own service-account token is valid in the realm but not addressed to intake-service:
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
        given().auth().oauth2(foreign).when().get("/api/agencies").then().statusCode(401);
    }
}
