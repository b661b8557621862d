package vn.motcua.intake.receipt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.dossier.rest.Submissions;

/** Form 01 read back from the PDF: Vietnamese text intact, fonts embedded, only for those who may see it. */
@QuarkusTest
class ReceiptTest {
    static final String AGENCY = "000.00.12.H57";
    static final String CITIZEN = "019095012345";

    @Test
    void aCounterReceiptPrintsTheCodeApplicantDocumentsAndAppointmentWithEmbeddedFonts() throws Exception {
        String code = Submissions.atCounter(AGENCY, Submissions.criminalRecord(AGENCY, CITIZEN));
        byte[] pdf = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"giay-tiep-nhan-" + code + ".pdf\"")
                .extract()
                .asByteArray();
        // Kept for a reviewer's eyes: target/forms/form-01.pdf.
        Files.createDirectories(Path.of("target/forms"));
        Files.write(Path.of("target/forms/form-01.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), text);
            assertTrue(text.contains("Mã hồ sơ: " + code), text);
            assertTrue(text.contains("Ông/Bà: Nguyễn Văn An"), text);
            assertTrue(text.contains("Số định danh cá nhân: *********345"), text);
            assertFalse(text.contains(CITIZEN), "the full ID number is not printed");
            assertTrue(text.contains("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"), text);
            assertTrue(text.contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"), text);
            assertTrue(text.contains("Bản chụp giấy tờ tùy thân"), text);
            assertTrue(text.contains("10 ngày làm việc"), text);
            assertTrue(text.contains("Thời gian trả kết quả giải quyết hồ sơ: 11 giờ 30 phút, ngày 03/12/2026"), text);
            assertTrue(
                    text.contains("Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên đã tiếp nhận hồ sơ của:"), text);
            // Signed by the receiving officer's full name, family name first, not the account name.
            assertTrue(text.contains("Lê Văn Cường"), text);
            assertFalse(text.contains("officer-" + AGENCY), text);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            fonts.forEach(f -> assertTrue(f.isEmbedded(), f.getName() + " is embedded"));
        }
    }

    @Test
    void theApplicantDownloadsTheirOwnReceiptOthersGet404() {
        String code = Submissions.atCounter(AGENCY, Submissions.criminalRecord(AGENCY, CITIZEN));
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(404);
        given().when().get("/api/dossiers/" + code + "/receipt").then().statusCode(401);
    }

    @Test
    void anOnlineDossierNotYetAcceptedHasNoReceipt() {
        String code = given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .contentType("application/json")
                .body(Submissions.criminalRecord(AGENCY, CITIZEN))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        given().auth()
                .oauth2(TestTokens.citizen(CITIZEN))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    /** A business is received by its name and tax code: "Ông/Bà: Công ty …" was every business's receipt. */
    @Test
    void aBusinessesReceiptNamesItAndItsTaxCode() throws Exception {
        String code = Submissions.atCounter(AGENCY, Submissions.liquorLicence(AGENCY, "4600123456-001"));
        try (PDDocument doc = Loader.loadPDF(receipt(code))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Tổ chức, doanh nghiệp: Công ty TNHH Thương mại Hồng Hà"), text);
            assertTrue(text.contains("Mã số thuế: ***********001"), text);
            assertFalse(text.contains("Ông/Bà") || text.contains("4600123456"), text);
        }
    }

    @Test
    void whileTrackingIsDownTheReceiptSaysTheAppointmentWillBeAnnounced() throws Exception {
        String code = Submissions.atCounter(
                AGENCY,
                Submissions.body(
                        "1.009994",
                        AGENCY,
                        CITIZEN,
                        "{\"componentCode\":\"DN\"},{\"componentCode\":\"QSDD\"},{\"componentCode\":\"BV\"}"));
        try (PDDocument doc = Loader.loadPDF(receipt(code))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains(
                            "Thời gian trả kết quả giải quyết hồ sơ: Đang xác định; ngày hẹn trả sẽ được thông báo"),
                    text);
            assertTrue(text.contains("15 ngày làm việc"), text);
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    /** The dossier's form 01 as its receiving officer prints it. */
    private static byte[] receipt(String code) {
        return given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }
}
