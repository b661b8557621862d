package vn.motcua.intake.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.motcua.intake.document.FileUploadTest.CENTRE;
import static vn.motcua.intake.document.FileUploadTest.PDF;
import static vn.motcua.intake.document.FileUploadTest.upload;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;

/** The documents of a dossier are read through the dossier, by those who may see it, and only those it lists. */
@QuarkusTest
class DossierFilesTest {
    static final String APPLICANT = "019095077001";

    static String submitOnline(String token, String tk, String cccd) {
        String body = """
                {"procedureCode":"2.000488","agencyCode":"%s",
                 "applicant":{"type":"CITIZEN","fullName":"Đỗ Thị Hoa","idNumber":"%s","phone":"0912345678"},
                 "documents":[{"componentCode":"TK","fileId":"%s"},{"componentCode":"CCCD","fileId":"%s"}]}""";
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body.formatted(CENTRE, APPLICANT, tk, cccd))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    @Test
    void theApplicantAndTheAgencysOfficersReadTheUploadedDocument() {
        String citizen = TestTokens.citizen(APPLICANT);
        String tk = upload(citizen, PDF, "to-khai.pdf", "application/pdf");
        String code = submitOnline(citizen, tk, upload(citizen, PDF, "cccd.pdf", "application/pdf"));
        for (String reader : new String[] {TestTokens.officer(CENTRE), TestTokens.supervisor(CENTRE), citizen}) {
            byte[] read = given().auth()
                    .oauth2(reader)
                    .when()
                    .get("/api/dossiers/{code}/documents/{file}", code, tk)
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf")
                    .header("Content-Disposition", equalTo("inline; filename=\"" + code + "-TK.pdf\""))
                    .header("Cache-Control", equalTo("no-store"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .extract()
                    .asByteArray();
            assertArrayEquals(PDF, read);
        }
    }

    @Test
    void nobodyElseAndNoFileTheDossierDoesNotListIsServed() {
        String citizen = TestTokens.citizen(APPLICANT);
        String tk = upload(citizen, PDF, "to-khai.pdf", "application/pdf");
        String code = submitOnline(citizen, tk, upload(citizen, PDF, "cccd.pdf", "application/pdf"));
        String unlisted = upload(citizen, PDF, "khac.pdf", "application/pdf");
        // Another agency's officer, another citizen, and a file of the same citizen the dossier does not list.
        for (var probe : new String[][] {
            {TestTokens.officer("000.00.13.H57"), tk},
            {TestTokens.citizen("001301000999"), tk},
            {TestTokens.officer(CENTRE), unlisted}
        }) {
            given().auth()
                    .oauth2(probe[0])
                    .when()
                    .get("/api/dossiers/{code}/documents/{file}", code, probe[1])
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().when()
                .get("/api/dossiers/{code}/documents/{file}", code, tk)
                .then()
                .statusCode(401);
    }

    @Test
    void theAgencyItWasHandedOverToReadsItAsTrackingSays() {
        String citizen = TestTokens.citizen(APPLICANT);
        String tk = upload(citizen, PDF, "to-khai.pdf", "application/pdf");
        String code = submitOnline(citizen, tk, upload(citizen, PDF, "cccd.pdf", "application/pdf"));
        String holder = TestTokens.officer("000.00.13.H57");
        String whileTrackingIsDown = TestTokens.officer("000.00.14.H57");
        URI stub = URI.create(ConfigProvider.getConfig().getValue("intake.tracking.url", String.class));
        WireMock tracking = new WireMock(stub.getHost(), stub.getPort());
        // tracking answers the holder's own token for this dossier; every other call finds nothing there.
        tracking.register(WireMock.get("/api/dossiers/" + code + "/timeline")
                .withHeader("Authorization", WireMock.equalTo("Bearer " + holder))
                .willReturn(WireMock.okJson("{}")));
        tracking.register(WireMock.get("/api/dossiers/" + code + "/timeline")
                .withHeader("Authorization", WireMock.equalTo("Bearer " + whileTrackingIsDown))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        byte[] read = given().auth()
                .oauth2(holder)
                .when()
                .get("/api/dossiers/{code}/documents/{file}", code, tk)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, read);
        given().auth()
                .oauth2(holder)
                .when()
                .get("/api/dossiers/{code}", code)
                .then()
                .statusCode(200);
        for (String other : new String[] {whileTrackingIsDown, TestTokens.officer("000.00.15.H57")}) {
            given().auth()
                    .oauth2(other)
                    .when()
                    .get("/api/dossiers/{code}/documents/{file}", code, tk)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }
}
