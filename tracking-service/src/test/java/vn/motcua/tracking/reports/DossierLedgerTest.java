package vn.motcua.tracking.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/** Form 07: the month's dossiers of an agency with their dates, for its supervisor; the province's for ops. */
@QuarkusTest
class DossierLedgerTest {
    static final String AGENCY = "000.21.30.H57";
    static final String OTHER = "000.22.30.H57";

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    private String start(String agency, String channel, String receivedAt) {
        return TrackedDossiers.start(
                tracking, agency, "2.000488", channel, receivedAt + "+07:00", "3", TrackedDossiers.CITIZEN_HASH);
    }

    @Test
    void theLedgerListsTheMonthsDossiersWithTheirDates() throws Exception {
        String sent = start(AGENCY, "COUNTER", "2026-10-13T09:00:00");
        String waiting = start(AGENCY, "ONLINE", "2026-10-20T14:00:00");
        String november = start(AGENCY, "COUNTER", "2026-11-02T09:00:00");
        String elsewhere = start(OTHER, "COUNTER", "2026-10-13T09:00:00");
        Actor officer = new Actor("officer1", "officer", Optional.of(AGENCY));
        Actor decider = new Actor("officer2", "officer", Optional.of("000.00.13.H57"));
        actions.apply(sent, Command.of(Action.START_PROCESSING), officer, at("2026-10-13T09:30:00"));
        actions.apply(
                sent,
                TrackedDossiers.handOver("Thẩm định", "000.00.13.H57", Optional.empty(), "2"),
                officer,
                at("2026-10-13T10:00:00"));
        actions.apply(sent, Command.of(Action.RESOLVE), decider, at("2026-10-14T15:00:00"));
        actions.apply(sent, Command.of(Action.RETURN_RESULT), decider, at("2026-10-15T08:00:00"));

        Map<String, Row> rows = rows(ledger(TestTokens.supervisor(AGENCY), "2026-10", AGENCY));
        assertTrue(
                rows.containsKey(sent) && rows.containsKey(waiting),
                rows.keySet().toString());
        assertFalse(rows.containsKey(november), "another month");
        assertFalse(rows.containsKey(elsewhere), "another agency");
        Row r = rows.get(sent);
        assertEquals("Trực tiếp", text(r, 4));
        assertEquals("09:00 13/10/2026", text(r, 5));
        assertEquals("11:30 16/10/2026", text(r, 6)); // six sessions after a Tuesday morning
        assertEquals("Sở Xây dựng tỉnh Thái Nguyên", text(r, 8));
        assertEquals("10:00 13/10/2026, Sở Xây dựng tỉnh Thái Nguyên", text(r, 9));
        assertEquals("15:00 14/10/2026", text(r, 10));
        assertEquals("08:00 15/10/2026", text(r, 11));
        assertEquals("Đã trả kết quả (trước hạn)", text(r, 12));
        Row w = rows.get(waiting);
        assertEquals("Trực tuyến", text(w, 4));
        assertEquals("", text(w, 9));
        assertEquals("", text(w, 11));

        // Ops read the province's, both agencies; a supervisor only their own; a month is YYYY-MM.
        Map<String, Row> province = rows(ledger(TestTokens.role("ops"), "2026-10", null));
        assertTrue(province.containsKey(sent) && province.containsKey(elsewhere));
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("month", "2026-10")
                .queryParam("agency", OTHER)
                .get("/api/reports/ledger")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("month", "10/2026")
                .get("/api/reports/ledger")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("month", "2026-10")
                .get("/api/reports/ledger")
                .then()
                .statusCode(403);
    }

    private static byte[] ledger(String token, String month, String agency) {
        var request = given().auth().oauth2(token).queryParam("month", month);
        if (agency != null) {
            request.queryParam("agency", agency);
        }
        return request.get("/api/reports/ledger")
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"so-theo-doi-ho-so-" + month + ".xlsx\"")
                .extract()
                .asByteArray();
    }

    /** The data rows by dossier code, after checking the title and the header. */
    private static Map<String, Row> rows(byte[] xlsx) throws Exception {
        Map<String, Row> byCode = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheetAt(0);
            assertEquals("SỔ THEO DÕI HỒ SƠ", s.getRow(0).getCell(0).getStringCellValue());
            List<String> header = new ArrayList<>();
            s.getRow(4).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals("Mã hồ sơ", header.get(1));
            assertEquals("Trả kết quả", header.get(11));
            for (int i = 5; i <= s.getLastRowNum(); i++) {
                byCode.put(s.getRow(i).getCell(1).getStringCellValue(), s.getRow(i));
            }
        }
        return byCode;
    }

    private static String text(Row r, int column) {
        var c = r.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }
}
