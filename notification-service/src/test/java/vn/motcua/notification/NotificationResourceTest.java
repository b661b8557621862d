package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationResourceTest {
    static final String AGENCY = "000.00.12.H57";
    static final String APPLICANT = "019095012345";

    @Test
    void anonymousCallersAreRejected() {
        given().queryParam("dossierCode", "x")
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(401);
    }

    @Test
    void aMissingDossierCodeIsAProblemNamingTheField() {
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("dossierCode"));
    }

    @Test
    void anOfficerOfTheAgencySeesTheLogWithMaskedRecipients() {
        String code = DeliveryLogFixture.dossierWithDeliveries(AGENCY, APPLICANT);
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("channel", containsInAnyOrder("EMAIL", "SMS"))
                .body("recipient", containsInAnyOrder("a***@example.vn", "091****678"));
    }

    @Test
    void anOfficerOfAnotherAgencySeesNothing() {
        String code = DeliveryLogFixture.dossierWithDeliveries(AGENCY, APPLICANT);
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aCitizenSeesOnlyTheirOwnDossiersLog() {
        String code = DeliveryLogFixture.dossierWithDeliveries(AGENCY, APPLICANT);
        given().auth()
                .oauth2(TestTokens.citizen(APPLICANT))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aBusinessAccountSeesTheLogOfTheDossiersFiledUnderItsTaxCode() {
        String code = DeliveryLogFixture.dossierWithDeliveries(AGENCY, "4600123456");
        given().auth()
                .oauth2(TestTokens.business("4600123456"))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        given().auth()
                .oauth2(TestTokens.business("4600123457"))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void anUnknownPathOrMethodIsAProblemToo() {
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("dossierCode", "x")
                .when()
                .delete("/api/notifications")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }
}
