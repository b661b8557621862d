package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 401 and 403 answer problem+json like every other error, with the bearer challenge on 401. */
@QuarkusTest
class SecurityProblemsTest {
    @Test
    void noTokenIsA401Problem() {
        given().when()
                .get("/api/dossiers")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void aMalformedTokenIsA401ProblemBeforeAnyResourceRuns() {
        given().auth()
                .oauth2("not.a.token")
                .when()
                .get("/api/dossiers")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aMissingRoleIsA403Problem() {
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/dossiers/X-1/accept")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
    }
}
