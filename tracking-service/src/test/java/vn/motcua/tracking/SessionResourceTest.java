package vn.motcua.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

    @Test
    void anonymousCallersAreRejected() {
        given().when().get("/api/session").then().statusCode(401);
    }

    @Test
    void anOfficerSeesTheirRoleAndAgency() {
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .when()
                .get("/api/session")
                .then()
                .statusCode(200)
                .body("roles", contains("officer"))
                .body("agency", equalTo("000.00.13.H57"))
                .body("hasCitizenId", equalTo(false));
    }

    @Test
    void aCitizensIdNumberIsNeverEchoed() {
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .when()
                .get("/api/session")
                .then()
                .statusCode(200)
                .body("hasCitizenId", equalTo(true))
                .body(not(containsString("019095012345")));
    }
}
