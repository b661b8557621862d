package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void anyoneReadsTheActiveAgenciesButOnlyAnAdministratorMerges() {
        given().when().get("/api/agencies").then().statusCode(200).body("code", hasItem("000.00.12.H57"));
        given().contentType("application/json")
                .body("{\"successorCode\":\"000.00.12.H57\"}")
                .when()
                .post("/api/agencies/000.00.13.H57/merge")
                .then()
                .statusCode(401);
    }

    @Test
    void aSignedInUserSeesTheSeededAgenciesWithVietnameseNames() {
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .when()
                .get("/api/agencies")
                .then()
                .statusCode(200)
                .body("code", hasItem("000.00.12.H57"))
                .body("name", hasItem("Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên"));
    }

    /** The province's People's Committee is listed (hand-overs go there) as a place no applicant files at. */
    @Test
    void theListSaysWhichAgenciesReceiveDossiers() {
        given().when()
                .get("/api/agencies")
                .then()
                .statusCode(200)
                .body("find { it.code == '000.00.00.H57' }.receivesDossiers", equalTo(false))
                .body("find { it.code == '000.00.12.H57' }.receivesDossiers", equalTo(true))
                .body("find { it.code == '000.21.30.H57' }.receivesDossiers", equalTo(true));
    }
}
