package vn.motcua.intake.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.LowLimits;
import vn.motcua.intake.TestTokens;

/** A citizen's uploads in 24 hours are bounded; the next one is a 429 that says when to come back. */
@QuarkusTest
@TestProfile(LowLimits.class)
class UploadQuotaTest {
    static String citizen(String user) {
        return Jwt.preferredUserName(user)
                .groups("citizen")
                .claim("citizen_id", "019095012345")
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    @Test
    void theFourthUploadOfTheDayIsRefusedAndOthersAreNotAffected() {
        String first = citizen("quota-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            FileUploadTest.upload(first, FileUploadTest.PDF, "giay-to-" + i + ".pdf", "application/pdf");
        }
        String retryAfter = given().auth()
                .oauth2(first)
                .multiPart("file", "x.pdf", FileUploadTest.PDF, "application/pdf")
                .when()
                .post("/api/files")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .extract()
                .header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(
                seconds > 23 * 3600 && seconds <= 24 * 3600, "the oldest upload ages out in about a day: " + seconds);
        // Another citizen has their own quota; an officer scanning at the counter has none.
        FileUploadTest.upload(citizen("quota-" + UUID.randomUUID()), FileUploadTest.PDF, "a.pdf", "application/pdf");
        for (int i = 0; i < 4; i++) {
            FileUploadTest.upload(
                    TestTokens.officer("000.00.12.H57"), FileUploadTest.PDF, "scan.pdf", "application/pdf");
        }
    }
}
