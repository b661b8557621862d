package vn.motcua.tracking.forms;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/** Forms 02, 04, 05 and 06 read back from their PDFs; saved under target/forms for a reviewer's eyes. */
@QuarkusTest
class FormsTest {
    static final String AGENCY = "000.00.12.H57";

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    /** Sở Xây dựng's officer, as the realm names her: the agency a dossier is handed over to. */
    static final Actor OFFICER2 = new Actor(
            "officer2",
            "officer",
            Optional.of("000.00.13.H57"),
            Optional.of("Phạm Thị Dung"),
            Optional.empty(),
            Optional.empty());

    private String start() {
        return TrackedDossiers.start(
                tracking,
                AGENCY,
                "2.000488",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "3",
                TrackedDossiers.CITIZEN_HASH);
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    @Test
    void supplementApologyAndProcessControlFormsCarryTheDossiersStory() throws Exception {
        // As the realm describes officer1: forms sign with the full name, family name first, never the account.
        Actor officer = new Actor(
                "officer1",
                "officer",
                Optional.of(AGENCY),
                Optional.of("Lê Văn Cường"),
                Optional.of("Chuyên viên"),
                Optional.empty());
        String code = start();
        String token = TestTokens.officer(AGENCY);
        given().auth()
                .oauth2(token)
                .get("/api/dossiers/" + code + "/forms/02")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .get("/api/dossiers/" + code + "/forms/99")
                .then()
                .statusCode(404);

        actions.apply(
                code,
                new Command(
                        Action.REQUEST_SUPPLEMENT,
                        Optional.of("Bản sao Căn cước công dân có chứng thực"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                officer,
                at("2026-11-03T08:00:00"));
        actions.apply(code, Command.of(Action.SUPPLEMENT_RECEIVED), officer, at("2026-11-04T08:00:00"));
        actions.apply(
                code,
                new Command(
                        Action.HAND_OVER,
                        Optional.of("Tra cứu, xác minh"),
                        Optional.of("000.00.13.H57"),
                        Optional.of("chuyenvien2"),
                        Optional.of(new BigDecimal("1.5")),
                        Optional.empty()),
                officer,
                at("2026-11-04T09:00:00"));
        actions.apply(code, Command.of(Action.RESOLVE), OFFICER2, at("2026-11-10T09:00:00"));
        actions.apply(
                code,
                new Command(
                        Action.APOLOGIZE,
                        Optional.of("Chờ kết quả xác minh của cơ quan công an"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(at("2026-11-12T16:00:00"))),
                OFFICER2,
                at("2026-11-10T10:00:00"));

        String form02 = text(token, code, "02");
        assertTrue(form02.contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"), form02);
        assertTrue(form02.contains("Kính gửi: Ông/Bà Nguyễn Văn An"), form02);
        assertTrue(form02.contains("Bản sao Căn cước công dân có chứng thực"), form02);
        assertTrue(form02.contains("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"), form02);
        assertTrue(form02.contains("liên hệ cán bộ Lê Văn Cường"), form02);
        assertTrue(!form02.contains("officer1"), form02);

        String form04 = text(token, code, "04");
        assertTrue(form04.contains("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), form04);
        assertTrue(form04.contains("Chờ kết quả xác minh của cơ quan công an"), form04);
        assertTrue(form04.contains("Phạm Thị Dung") && !form04.contains("officer2"), form04);
        // Sở Xây dựng let it run late and apologises, under its own heading; the one-stop shop only received it.
        String flat04 = form04.replaceAll("\\s+", " ");
        assertTrue(flat04.contains("SỞ XÂY DỰNG TỈNH THÁI NGUYÊN"), flat04);
        assertTrue(flat04.contains("Sở Xây dựng tỉnh Thái Nguyên xin lỗi Ông/Bà"), flat04);
        assertTrue(flat04.contains("hẹn trả kết quả vào 16 giờ 00 phút, ngày 12/11/2026"), flat04);

        String form06 = text(token, code, "06");
        assertTrue(form06.contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"), form06);
        assertTrue(form06.contains("chuyenvien2"), form06);
        assertTrue(form06.contains("Giao: Lê Văn Cường"), form06);
        // Agencies by name, as officials sign them; the table's narrow column may break a name across lines.
        String flat = form06.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Nhận: chuyenvien2, Sở Xây dựng tỉnh Thái Nguyên"), flat);
        assertTrue(flat.contains("Nhận: Bộ phận Một cửa, ") && !flat.contains("(000.00.13.H57)"), flat);
        assertTrue(!flat.contains("một cửa 000.00.12.H57") && !flat.contains("(000.00.12.H57)"), flat);
        assertTrue(form06.contains("Quá hạn"), form06);
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .get("/api/dossiers/" + code + "/forms/06")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .get("/api/dossiers/" + code + "/forms/04")
                .then()
                .statusCode(200);
    }

    @Test
    void theAgencyThatStopsADossierNoticesItOnForm05() throws Exception {
        String code = start();
        String token = TestTokens.officer(AGENCY);
        given().auth()
                .oauth2(token)
                .get("/api/dossiers/" + code + "/forms/05")
                .then()
                .statusCode(409); // nothing stopped yet
        Actor officer = new Actor("officer1", "officer", Optional.of(AGENCY));
        actions.apply(code, Command.of(Action.START_PROCESSING), officer, at("2026-11-02T10:00:00"));
        actions.apply(
                code,
                TrackedDossiers.handOver("Thẩm định", "000.00.13.H57", Optional.empty(), "2"),
                officer,
                at("2026-11-02T11:00:00"));
        actions.apply(
                code,
                TrackedDossiers.withReason(Action.SUSPEND, "Thửa đất đang có tranh chấp, chờ Tòa án giải quyết"),
                OFFICER2,
                at("2026-11-03T14:00:00"));

        String flat = text(token, code, "05").replaceAll("\\s+", " ");
        assertTrue(flat.contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"), flat);
        assertTrue(flat.contains("SỞ XÂY DỰNG TỈNH THÁI NGUYÊN"), flat);
        assertTrue(flat.contains("Kính gửi: Ông/Bà Nguyễn Văn An"), flat);
        assertTrue(
                flat.contains("Sở Xây dựng tỉnh Thái Nguyên thông báo dừng giải quyết hồ sơ của Ông/Bà kể từ 14 giờ"
                        + " 00 phút, ngày 03/11/2026"),
                flat);
        assertTrue(flat.contains("Lý do: Thửa đất đang có tranh chấp, chờ Tòa án giải quyết"), flat);
        assertTrue(flat.contains("Phạm Thị Dung") && !flat.contains("officer2"), flat);
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .get("/api/dossiers/" + code + "/forms/05")
                .then()
                .statusCode(200);
    }

    /** A business is addressed by its name and as "Quý doanh nghiệp": "Kính gửi: Ông/Bà Công ty …" was its form. */
    @Test
    void aBusinessIsAddressedByItsNameOnItsForms() throws Exception {
        String code = TrackedDossiers.startBusiness(
                tracking, AGENCY, "2.000633", "2026-11-02T09:00:00+07:00", "Công ty TNHH Thương mại Hồng Hà");
        Actor officer = new Actor("officer1", "officer", Optional.of(AGENCY));
        actions.apply(
                code,
                TrackedDossiers.withReason(Action.REQUEST_SUPPLEMENT, "Bản sao Giấy chứng nhận đăng ký kinh doanh"),
                officer,
                at("2026-11-02T10:00:00"));
        String token = TestTokens.officer(AGENCY);
        String form02 = text(token, code, "02").replaceAll("\\s+", " ");
        assertTrue(form02.contains("Kính gửi: Công ty TNHH Thương mại Hồng Hà"), form02);
        assertTrue(form02.contains("đề nghị Quý doanh nghiệp bổ sung"), form02);
        actions.apply(code, Command.of(Action.SUPPLEMENT_RECEIVED), officer, at("2026-11-03T08:00:00"));
        actions.apply(
                code,
                TrackedDossiers.withReason(Action.SUSPEND, "Địa điểm kinh doanh không đủ điều kiện"),
                officer,
                at("2026-11-03T14:00:00"));
        String form05 = text(token, code, "05").replaceAll("\\s+", " ");
        assertTrue(form05.contains("dừng giải quyết hồ sơ của Quý doanh nghiệp kể từ"), form05);
        assertTrue(!form02.contains("Ông/Bà") && !form05.contains("Ông/Bà"), form02 + form05);
    }

    private static String text(String token, String code, String form) throws Exception {
        byte[] pdf = given().auth()
                .oauth2(token)
                .get("/api/dossiers/" + code + "/forms/" + form)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        Files.createDirectories(Path.of("target/forms"));
        Files.write(Path.of("target/forms/form-" + form + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                assertTrue(doc.getPage(0).getResources().getFont(name).isEmbedded(), "fonts are embedded");
            }
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t]*\\n[ \\t]*", "\n");
        }
    }
}
