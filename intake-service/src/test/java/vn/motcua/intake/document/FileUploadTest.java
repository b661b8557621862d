package vn.motcua.intake.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;

@QuarkusTest
class FileUploadTest {
    static final String CENTRE = "000.00.12.H57";
    static final String CITIZEN = "019095012345";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static String upload(String token, byte[] content, String name, String type) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", name, content, type)
                .when()
                .post("/api/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aPdfIsStoredWithItsDigestWhateverItsName() throws Exception {
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .multiPart("file", "../../etc/passwd", PDF, "text/plain")
                .when()
                .post("/api/files")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("sha256", equalTo(sha))
                .body("size", equalTo(PDF.length));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsLabel() {
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .multiPart(
                        "file",
                        "to-khai.pdf",
                        "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1),
                        "application/pdf")
                .when()
                .post("/api/files")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("file"));
    }

    @Test
    void tooLargeAndMissingFilesAreProblems() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .multiPart("file", "big.pdf", big, "application/pdf")
                .when()
                .post("/api/files")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .multiPart("other", "x")
                .when()
                .post("/api/files")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("file"));
        given().multiPart("file", "a.pdf", PDF, "application/pdf")
                .when()
                .post("/api/files")
                .then()
                .statusCode(401);
    }

    @Test
    void aSubmissionMayReferOnlyToTheSubmittersOwnFiles() {
        String mine = upload(TestTokens.citizen(CITIZEN), PDF, "tk.pdf", "application/pdf");
        String theirs = upload(TestTokens.citizen("001301000123"), PDF, "tk.pdf", "application/pdf");
        String body = """
                {"procedureCode":"2.000488","agencyCode":"%s",
                 "applicant":{"type":"CITIZEN","fullName":"Nguyễn Văn An","idNumber":"%s","phone":"0912345678"},
                 "documents":[{"componentCode":"TK","fileId":"%s"},{"componentCode":"CCCD","fileId":"%s"}]}""";
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(body.formatted(CENTRE, CITIZEN, mine, theirs))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("documents[1].fileId"));
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(body.formatted(CENTRE, CITIZEN, mine, mine))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .body("documents[0].fileId", equalTo(mine));
    }
}
