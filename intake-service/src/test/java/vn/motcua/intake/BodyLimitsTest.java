package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON endpoints take small bodies only; the upload endpoint keeps the large limit it needs. */
@QuarkusTest
class BodyLimitsTest {
    @Test
    void aLargeJsonBodyIsRefusedBeforeItIsRead() {
        String big = "{\"procedureCode\":\"" + "x".repeat(300 * 1024) + "\"}";
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .contentType("application/json")
                .body(big)
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aBodyWithoutADeclaredLengthIsRefusedOnJsonEndpoints() throws IOException {
        // Written by hand: a chunked body, which declares no length, to a JSON endpoint.
        String body = "{\"code\":\"X\",\"idNumber\":\"019095012345\"}";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/lookup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body
                            + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 411 Length Required", status);
        }
    }

    @Test
    void anUploadLargerThanTheJsonLimitIsStillAccepted() {
        byte[] pdf = new byte[1024 * 1024];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, pdf, 0, head.length);
        given().auth()
                .oauth2(TestTokens.officer("000.00.12.H57"))
                .multiPart("file", "scan.pdf", pdf, "application/pdf")
                .when()
                .post("/api/files")
                .then()
                .statusCode(201);
    }
}
