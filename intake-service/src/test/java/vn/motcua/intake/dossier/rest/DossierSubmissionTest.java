package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.TrackingStub;

@QuarkusTest
class DossierSubmissionTest {
    static final String CENTRE = "000.00.12.H57";
    static final String CITIZEN = "019095012345";

    @Test
    void anOfficerReceivesAtTheCounterWithAnAppointmentFromTracking() {
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/dossiers/000\\.00\\.12\\.H57-\\d{6}-\\d{4}"))
                .body("code", matchesPattern("000\\.00\\.12\\.H57-\\d{6}-\\d{4}"))
                .body("status", equalTo("RECEIVED"))
                .body("nationalStatus", equalTo(2))
                .body("channel", equalTo("COUNTER"))
                .body("appointmentAt", equalTo(TrackingStub.DUE_AT))
                .body("appointmentPending", equalTo(false))
                .body("applicant.idNumber", equalTo("*********345"))
                .body("applicant.phone", equalTo("*******678"));
    }

    @Test
    void aCitizensNameTypedInSmallLettersIsStoredWithItsCapitalsAndABusinesssAsTyped() {
        // Form 01 and every message address the applicant by this name ("Kính gửi Ông/Bà …").
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN).replace("Nguyễn Văn An", "trần  thị bình"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("applicant.fullName", equalTo("Trần Thị Bình"));
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.liquorLicence(CENTRE, "4600123456")
                        .replace("Công ty TNHH Thương mại Hồng Hà", "công ty tnhh hồng hà"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("applicant.fullName", equalTo("công ty tnhh hồng hà"));
    }

    @Test
    void whenTrackingIsDownTheDossierIsStillReceivedAndTheAppointmentIsPending() {
        // The construction permit takes 15 days; the stub breaks the connection for that call.
        String agency = "000.00.13.H57";
        given().auth()
                .oauth2(TestTokens.officer(agency))
                .contentType("application/json")
                .body(Submissions.body(
                        "1.009994",
                        agency,
                        CITIZEN,
                        "{\"componentCode\":\"DN\"},{\"componentCode\":\"QSDD\"},{\"componentCode\":\"BV\"}"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("appointmentAt", nullValue())
                .body("appointmentPending", equalTo(true));
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.body("9.999999", CENTRE, "123", "")
                        .replace("0912 345 678", "12345")
                        .replace("an@example.vn", "an at example"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "procedureCode", "applicant.idNumber", "applicant.phone", "applicant.email"));
    }

    @Test
    void anUnknownAgencyIsAFieldError() {
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.99.99.H57", CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("agencyCode"));
    }

    @Test
    void theCounterNeedsEveryMandatoryComponentAndOnlyKnownOnes() {
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.body(
                        "2.000488", CENTRE, CITIZEN, "{\"componentCode\":\"TK\"},{\"componentCode\":\"XYZ\"}"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("documents", "documents[1].componentCode"))
                .body("errors.message", hasItem(endsWith("Bản chụp giấy tờ tùy thân")));
    }

    @Test
    void onlineTheCitizenMustAlsoGiveEveryMandatoryComponent() {
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.body("2.000488", CENTRE, CITIZEN, "{\"componentCode\":\"TK\"}"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("documents"))
                .body("errors.message", hasItem(endsWith("Bản chụp giấy tờ tùy thân")));
    }

    @Test
    void namesAreLettersAndFreeTextHasNoControlCharacters() {
        for (String name : new String[] {"<script>alert(1)</script>", "x'); DROP TABLE dossier;--"}) {
            given().auth()
                    .oauth2(TestTokens.officer(CENTRE))
                    .contentType("application/json")
                    .body(Submissions.criminalRecord(CENTRE, CITIZEN)
                            .replace("Nguyễn Văn An", name.replace("\"", "\\\"")))
                    .when()
                    .post("/api/dossiers")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("applicant.fullName"));
        }
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN).replace("Phường Phan", "Phường\\u0007 Phan"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("applicant.address"));
    }

    @Test
    void aCommuneProcedureIsNotReceivedAtTheProvincialCentre() {
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body(Submissions.body(
                        "1.001193", CENTRE, CITIZEN, "{\"componentCode\":\"TK\"},{\"componentCode\":\"GCS\"}"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("agencyCode"));
    }

    /**
     * The province's People's Committee heads the agencies but has no one-stop desk: a dossier filed there would wait
     * on no officer's list, so it is a field error naming the place to file.
     */
    @Test
    void noDossierIsFiledAtAnAgencyWithoutAOneStopDesk() {
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.criminalRecord("000.00.00.H57", CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("agencyCode"))
                .body("errors[0].message", containsString("không có bộ phận một cửa tiếp nhận hồ sơ"));
    }

    @Test
    void anOfficerReceivesOnlyForTheirOwnAgency() {
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aCitizenSubmitsOnlineOnlyInTheirOwnName() {
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("status", equalTo("NEW"))
                .body("statusLabel", equalTo("Mới nộp trực tuyến"))
                .body("channel", equalTo("ONLINE"))
                .body("appointmentAt", nullValue())
                .body("receivedAt", nullValue());
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .contentType("application/json")
                .body(Submissions.criminalRecord(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(403);
    }

    /** A business's account files online by its tax code, as a business, and finds its dossiers; nothing else. */
    @Test
    void aBusinessSubmitsOnlineOnlyInItsOwnNameByItsTaxCode() {
        String taxCode = "4600123456";
        String code = given().auth()
                .oauth2(TestTokens.business(taxCode))
                .contentType("application/json")
                .body(Submissions.liquorLicence(CENTRE, taxCode))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("channel", equalTo("ONLINE"))
                .body("applicant.type", equalTo("BUSINESS"))
                .body("applicant.fullName", equalTo("Công ty TNHH Thương mại Hồng Hà"))
                .extract()
                .path("code");
        given().auth()
                .oauth2(TestTokens.business(taxCode))
                .when()
                .get("/api/dossiers?size=100")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code));
        given().auth()
                .oauth2(TestTokens.business(taxCode))
                .when()
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(200);
        given().auth() // another business's dossier is not theirs to read
                .oauth2(TestTokens.business("4600123457"))
                .when()
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(404);
        for (String other : new String[] {
            Submissions.liquorLicence(CENTRE, "4600123457"), // another company's tax code
            Submissions.criminalRecord(CENTRE, taxCode) // its own number, filed as a citizen
        }) {
            given().auth()
                    .oauth2(TestTokens.business(taxCode))
                    .contentType("application/json")
                    .body(other)
                    .when()
                    .post("/api/dossiers")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("mã số thuế của tài khoản"));
        }
        given().auth() // a citizen's account does not file as a business, even under its own number
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.liquorLicence(CENTRE, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(403)
                .body("detail", containsString("đứng tên chính mình"));
    }

    @Test
    void unreadableBodiesAndWrongContentTypesAreProblemsNotServerErrors() {
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body("{\"procedureCode\": ")
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("text/plain")
                .body("hello")
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.officer(CENTRE))
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("procedureCode", "agencyCode", "applicant"));
    }
}
