package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;

@QuarkusTest
class LookupAndCatalogueTest {

    @Test
    void theCatalogueIsPublicAndComplete() {
        given().when()
                .get("/api/procedures")
                .then()
                .statusCode(200)
                // The ten seeded procedures (other tests may add their own to the shared test schema).
                .body(
                        "code",
                        hasItems(
                                "1.001612",
                                "1.001193",
                                "1.000894",
                                "2.000908",
                                "1.003583",
                                "2.000488",
                                "1.009994",
                                "1.004227",
                                "1.001757",
                                "2.000633"))
                .body("name", hasItem("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"));
        given().when()
                .get("/api/procedures/2.000488")
                .then()
                .statusCode(200)
                .body("processingDays", equalTo(10))
                .body("onlineProcessingDays", equalTo(9))
                .body("components.code", hasItem("CCCD"));
        given().when().get("/api/procedures/0.000000").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void lookupAnswersStatusAndDatesOnlyAndIsRateLimited() {
        String code = given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.00.12.H57", "019095012345"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        given().contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"idNumber\":\"019095012345\"}")
                .when()
                .post("/api/lookup")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("statusLabel", equalTo("Đã tiếp nhận"))
                .body(not(containsString("Nguyễn")))
                .body(not(containsString("0912")));
        given().contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"idNumber\":\"001301000123\"}")
                .when()
                .post("/api/lookup")
                .then()
                .statusCode(404);
        Response refused = null;
        for (int i = 0; i < 25 && refused == null; i++) {
            Response r = given().contentType("application/json")
                    .body("{\"code\":\"" + code + "\",\"idNumber\":\"019095012345\"}")
                    .when()
                    .post("/api/lookup");
            refused = r.statusCode() == 429 ? r : null;
        }
        assertTrue(refused != null, "the public lookup must refuse a client that keeps asking");
        // It says when to come back (the next minute's window) and why, as problem+json.
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    }
}
