package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.TrackingStub;

/** Acceptance, refusal, idempotent retries and who may read a dossier. */
@QuarkusTest
class DossierLifecycleTest {
    static final String CENTRE = "000.00.12.H57";
    static final String CITIZEN = "001301000123";

    private static String submitOnline() {
        return given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    @Test
    void anOfficerAcceptsAnOnlineDossierOnce() {
        String code = submitOnline();
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .when()
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("appointmentAt", equalTo(TrackingStub.DUE_AT));
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .when()
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aRefusalNeedsReasons() {
        String code = submitOnline();
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body("{\"reasons\":[]}")
                .when()
                .post("/api/dossiers/" + code + "/refuse")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("reasons"));
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body("{\"reasons\":[\"Thiếu tờ khai có chữ ký\"]}")
                .when()
                .post("/api/dossiers/" + code + "/refuse")
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_ACCEPTED"))
                .body("refusalReasons", equalTo("Thiếu tờ khai có chữ ký"));
    }

    @Test
    void anotherAgencyCannotDecideOrEvenSeeTheDossier() {
        String code = submitOnline();
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .when()
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .when()
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .when()
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .when()
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
    }

    @Test
    void aRetriedSubmissionReturnsTheFirstAnswerAndAReusedKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        String first = given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(200)
                .body("code", equalTo(first));
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, "019095012345"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void theQueueListsOnlyTheAgencysDossiers() {
        submitOnline();
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .queryParam("status", "NEW")
                .queryParam("size", "100")
                .when()
                .get("/api/dossiers")
                .then()
                .statusCode(200)
                .body("items.agencyCode", everyItem(equalTo(CENTRE)))
                .body("items.status", everyItem(equalTo("NEW")))
                .body("total", greaterThanOrEqualTo(1));
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .queryParam("size", "1000")
                .when()
                .get("/api/dossiers")
                .then()
                .statusCode(400);
    }
}
