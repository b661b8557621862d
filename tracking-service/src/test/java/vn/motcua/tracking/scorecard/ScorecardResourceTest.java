package vn.motcua.tracking.scorecard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.feedback.domain.Feedback;
import vn.motcua.tracking.feedback.domain.FeedbackVerdict;
import vn.motcua.tracking.feedback.service.FeedbackDesk;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.satisfaction.domain.RatingSource;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.service.Ratings;

/**
 * The scorecard of a known month for an agency no other test uses: five dossiers, one rating, two feedbacks, each
 * at a time of that month, and the figures worked out by hand from docs/scorecard.md's formulas.
 */
@QuarkusTest
class ScorecardResourceTest {
    static final String AGENCY = "000.40.30.H57";
    static final String MONTH = "2026-09";
    static boolean loaded;

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @Inject
    Ratings ratings;

    @Inject
    FeedbackDesk feedback;

    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    String dossier(String channel, String receivedAt, String days) {
        // Two components each, both uploaded online, neither scanned at the counter.
        return TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.001193",
                channel,
                receivedAt + "+07:00",
                days,
                TrackedDossiers.CITIZEN_HASH,
                null,
                new IntakeEvent.Components(2, "ONLINE".equals(channel) ? 2 : 0));
    }

    void act(String code, Action action, String when) {
        actions.apply(code, Command.of(action), new Actor("officer9", "officer", Optional.of(AGENCY)), at(when));
    }

    /** 3 early (2 online), 1 late, 1 still within its deadline at the month's end; 1 rated, 2 feedbacks. */
    @BeforeAll
    static void once() {
        loaded = false;
    }

    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String first = null;
        for (String channel : List.of("ONLINE", "ONLINE", "COUNTER")) {
            String code = dossier(channel, "2026-09-07T09:00:00", "10");
            act(code, Action.RESOLVE, "2026-09-08T10:00:00");
            first = first == null ? code : first;
        }
        String late = dossier("COUNTER", "2026-09-07T09:00:00", "1");
        act(late, Action.RESOLVE, "2026-09-25T10:00:00");
        dossier("COUNTER", "2026-09-29T09:00:00", "10");
        act(first, Action.RETURN_RESULT, "2026-09-09T10:00:00");
        ratings.rate(
                first,
                d -> true,
                RatingSource.ONLINE,
                new Ratings.Rating(SatisfactionLevel.DISSATISFIED, Map.of(), Optional.empty()),
                at("2026-09-10T10:00:00"));
        Feedback aboutLate = feedback.file(filing(Optional.of(late)), at("2026-09-10T09:00:00"));
        feedback.answer(aboutLate.code, "Đã xử lý.", "Cán bộ", f -> true, at("2026-09-11T09:00:00"));
        feedback.verdict(aboutLate.code, "0912000999", FeedbackVerdict.SATISFIED, at("2026-09-12T09:00:00"));
        Feedback general = feedback.file(filing(Optional.empty()), at("2026-09-01T09:00:00"));
        feedback.answer(general.code, "Đã xử lý.", "Cán bộ", f -> true, at("2026-09-29T09:00:00"));
        feedback.verdict(general.code, "0912000999", FeedbackVerdict.DISSATISFIED, at("2026-09-29T10:00:00"));
    }

    static FeedbackDesk.Filing filing(Optional<String> dossier) {
        return new FeedbackDesk.Filing(
                AGENCY, dossier, "Lò Văn Páo", Optional.empty(), Optional.of("0912000999"), "Chờ lâu.");
    }

    @Test
    void theMonthsScorecardIsWorkedOutFromTheStoredFigures() {
        load();
        String card = "agencies.find { it.scope == '" + AGENCY + "' }";
        String indicator = card + ".groups.collectMany { it.indicators }.find { it.key == '%s' }";
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("month", MONTH)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body("month", equalTo(MONTH))
                .body("province.scope", equalTo("PROVINCE"))
                // On time: 3 early + 1 within of 4 resolved + 1 in progress = 0.8 -> 16.00.
                .body(indicator.formatted("ON_TIME") + ".part", equalTo(4))
                .body(indicator.formatted("ON_TIME") + ".whole", equalTo(5))
                .body(indicator.formatted("ON_TIME") + ".points", equalTo(16.00f))
                // Online: 2 of 5 = 0.4, threshold 0.5 -> 9.60.
                .body(indicator.formatted("FULLY_ONLINE") + ".points", equalTo(9.60f))
                // Feedback: 1 of 2 answered on time, 1 of 2 satisfied: 6 x 0.5 / 0.9 -> 3.33 each.
                .body(indicator.formatted("FEEDBACK_ON_TIME") + ".points", equalTo(3.33f))
                .body(indicator.formatted("FEEDBACK_SATISFIED") + ".points", equalTo(3.33f))
                // Handling: (4 resolved - 1 dissatisfied - 1 with feedback - 1 late) / 4 = 0.25 -> 1.67.
                .body(indicator.formatted("HANDLING_SATISFIED") + ".ratio", equalTo(0.25f))
                .body(indicator.formatted("HANDLING_SATISFIED") + ".points", equalTo(1.67f))
                // Components: 4 of 10 came as files = 0.4, threshold 0.8 -> 2.00.
                .body(indicator.formatted("DIGITISED_COMPONENTS") + ".part", equalTo(4))
                .body(indicator.formatted("DIGITISED_COMPONENTS") + ".points", equalTo(2.00f))
                // Portal: intake says 4 of the 5 received are on the national portal, threshold 1 -> 4.80.
                .body(indicator.formatted("PORTAL_SYNC") + ".measured", equalTo(true))
                .body(indicator.formatted("PORTAL_SYNC") + ".part", equalTo(4))
                .body(indicator.formatted("PORTAL_SYNC") + ".whole", equalTo(5))
                .body(indicator.formatted("PORTAL_SYNC") + ".points", equalTo(4.80f))
                .body(card + ".points", equalTo(40.73f))
                .body(card + ".maxPoints", equalTo(60))
                .body(card + ".percent", equalTo(67.88f));
    }

    @Test
    void withoutIntakesFiguresThePortalIndicatorIsNotMeasuredAndTheRestStands() {
        String portal = "province.groups.collectMany { it.indicators }.find { it.key == 'PORTAL_SYNC' }";
        for (String month : List.of("2026-08", "2026-07", "2026-06")) { // sync off, intake failing, not found
            given().auth()
                    .oauth2(TestTokens.role("ops"))
                    .queryParam("month", month)
                    .get("/api/scorecard")
                    .then()
                    .statusCode(200)
                    .body(portal + ".measured", equalTo(false))
                    .body("province.maxPoints", equalTo(54));
        }
    }

    @Test
    void theExcelFilesHoldTheSameFiguresAsTheJsonAsNumbers() throws Exception {
        load();
        String ops = TestTokens.role("ops");
        var json = given().auth()
                .oauth2(ops)
                .queryParam("month", MONTH)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        byte[] xlsx = given().auth()
                .oauth2(ops)
                .queryParam("month", MONTH)
                .get("/api/scorecard/xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("bo-chi-so-766-" + MONTH + ".xlsx"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("Tổng hợp");
            assertEquals("Tháng 09/2026", summary.getRow(1).getCell(0).getStringCellValue());
            Row header = summary.getRow(4);
            assertEquals("Cơ quan", header.getCell(1).getStringCellValue());
            assertEquals("Tỷ lệ (%)", header.getCell(4).getStringCellValue());
            Row province = summary.getRow(5);
            assertEquals("Toàn tỉnh", province.getCell(1).getStringCellValue());
            assertEquals(json.getDouble("province.percent"), province.getCell(4).getNumericCellValue(), 1e-9);
            Row ours = null;
            for (Row r : summary) {
                Cell agency = r.getCell(1);
                if (r.getRowNum() > 5
                        && agency != null
                        && agency.getStringCellValue().endsWith("(" + AGENCY + ")")) {
                    ours = r;
                }
            }
            assertNotNull(ours, "the agency's row, named");
            assertEquals(
                    "Ủy ban nhân dân xã Tân Cương (" + AGENCY + ")",
                    ours.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, ours.getCell(2).getCellType(), "points are a number");
            assertEquals(40.73, ours.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(67.88, ours.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(16.0, ours.getCell(6).getNumericCellValue(), 1e-9, "progress group, fourth column on");
            Sheet detail = book.getSheet("Chi tiết");
            long notMeasured = 0;
            for (Row r : detail) {
                Cell note = r.getCell(8);
                if (r.getCell(0) != null
                        && r.getCell(0).getStringCellValue().endsWith("(" + AGENCY + ")")
                        && note != null
                        && "Chưa đo được".equals(note.getStringCellValue())) {
                    notMeasured++;
                }
            }
            assertEquals(10, notMeasured, "ten indicators the platform cannot measure, said so");
        }

        var stats = given().auth()
                .oauth2(ops)
                .queryParam("from", "2026-09-01")
                .queryParam("to", "2026-09-30")
                .queryParam("agency", AGENCY)
                .get("/api/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        byte[] report = given().auth()
                .oauth2(ops)
                .queryParam("from", "2026-09-01")
                .queryParam("to", "2026-09-30")
                .queryParam("agency", AGENCY)
                .get("/api/statistics/xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet s = book.getSheetAt(0);
            assertEquals(
                    "Cơ quan: Ủy ban nhân dân xã Tân Cương (" + AGENCY + ")",
                    s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(
                    "Kỳ báo cáo: từ ngày 01/09/2026 đến ngày 30/09/2026",
                    s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Giải quyết trước hạn", s.getRow(4).getCell(6).getStringCellValue());
            Row total = s.getRow(s.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(stats.getDouble("total.received"), total.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(
                    stats.getDouble("total.resolvedEarly"), total.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals(3.0, total.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals(stats.getDouble("total.resolvedLate"), total.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals(stats.getDouble("total.onTimeRate"), total.getCell(14).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aSupervisorSeesTheirAgencyBesideTheProvinceAndNoOther() {
        load();
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("month", MONTH)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body("agencies.scope", everyItem(equalTo(AGENCY)))
                .body("agencies.scope", hasItem(AGENCY))
                .body("province.maxPoints", equalTo(60));
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("month", MONTH)
                .queryParam("agency", "000.00.12.H57")
                .get("/api/scorecard")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("month", MONTH)
                .get("/api/scorecard")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .queryParam("month", "2026-9")
                .get("/api/scorecard")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("month"));
    }

    @Test
    void theGaugesOfTheCurrentMonthReachPrometheus() {
        // Refreshed every 2 s in tests, the first time 5 s after the start.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().port(management)
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("tracking_scorecard_percent{agency=\"PROVINCE\"}"))
                        .body(containsString("tracking_scorecard_points{agency=\"PROVINCE\",group=\"progress\"}")));
    }
}
