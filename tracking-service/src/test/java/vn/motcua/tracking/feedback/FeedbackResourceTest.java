package vn.motcua.tracking.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.feedback.domain.Feedback;

/** Feedback from filing to verdict: who may do what, the due date in working days, overdue, and the figures. */
@QuarkusTest
class FeedbackResourceTest {
    static final String AGENCY = "000.00.13.H57";
    static final String OTHER = "000.22.30.H57";

    @Inject
    CalendarService calendar;

    @Inject
    EntityManager em;

    static Map<String, Object> filing(String phone) {
        return Map.of(
                "agencyCode",
                AGENCY,
                "name",
                "Nguyễn Văn An",
                "phone",
                phone,
                "content",
                "Cán bộ hẹn trả kết quả nhưng chưa trả. CCCD 019095012345.");
    }

    String file(String phone) {
        return given().contentType("application/json")
                .body(filing(phone))
                .post("/api/feedback")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    long figure(String column) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(" + column
                                        + "), 0) FROM feedback_monthly WHERE agency_code = ?1")
                                .setParameter(1, AGENCY)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void anyoneFilesWithAContactAndTheAgencyHasTenWorkingDaysToAnswer() {
        given().contentType("application/json")
                .body(Map.of("agencyCode", AGENCY, "name", "An", "content", "Nội dung"))
                .post("/api/feedback")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("email", "phone"));
        given().contentType("application/json")
                .body(Map.of("agencyCode", "999.99.99.H57", "name", "An", "email", "an@example.vn", "content", "x"))
                .post("/api/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("agencyCode"));
        given().contentType("application/json")
                .body(Map.of(
                        "agencyCode",
                        AGENCY,
                        "dossierCode",
                        "NOPE-1",
                        "name",
                        "An",
                        "email",
                        "an@example.vn",
                        "content",
                        "x"))
                .post("/api/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("dossierCode"));

        long filed = figure("filed");
        var created = given().contentType("application/json")
                .body(filing("0912 345 678"))
                .post("/api/feedback")
                .then()
                .statusCode(201)
                .body("code", matchesPattern("PA\\d{6}-[0-9A-Z]{6}"))
                .body("stageLabel", equalTo("Chờ trả lời"))
                .body("content", equalTo("Cán bộ hẹn trả kết quả nhưng chưa trả. CCCD *********345."))
                .extract();
        Instant filedAt = Instant.parse(created.path("filedAt"));
        Instant expected = calendar.calculator()
                .dueAt(filedAt.atZone(ZoneId.of("Asia/Ho_Chi_Minh")), ProcessingTime.days(10))
                .toInstant();
        assertEquals(expected, Instant.parse(created.path("dueAt")));
        assertEquals(filed + 1, figure("filed"));
    }

    @Test
    void theAgencyAnswersOnceAndTheAuthorReadsItAndSaysWhetherItSatisfied() {
        String code = file("0912 345 678");
        String unanswered = file("0987 654 321");
        given().auth()
                .oauth2(TestTokens.officer(OTHER))
                .queryParam("agency", AGENCY)
                .get("/api/feedback")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("unanswered", true)
                .get("/api/feedback?page=0")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.officer(OTHER))
                .contentType("application/json")
                .body(Map.of("answer", "Đã kiểm tra."))
                .post("/api/feedback/" + code + "/answer")
                .then()
                .statusCode(404);
        given().contentType("application/json")
                .body(Map.of("code", unanswered, "contact", "0987654321", "verdict", "SATISFIED"))
                .post("/api/public/feedback/verdict")
                .then()
                .statusCode(409);

        long onTime = figure("answered_on_time");
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body(Map.of("answer", "Kết quả đã được trả ngày 03/12/2026. Xin lỗi Ông vì sự chậm trễ."))
                .post("/api/feedback/" + code + "/answer")
                .then()
                .statusCode(200)
                .body("answeredBy", equalTo("Lê Văn Cường"))
                .body("overdue", equalTo(false));
        assertEquals(onTime + 1, figure("answered_on_time"));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body(Map.of("answer", "Lần hai"))
                .post("/api/feedback/" + code + "/answer")
                .then()
                .statusCode(409);

        given().contentType("application/json")
                .body(Map.of("code", code, "contact", "0912345679"))
                .post("/api/public/feedback/status")
                .then()
                .statusCode(404);
        given().contentType("application/json")
                .body(Map.of("code", code.toLowerCase(), "contact", "+84 912 345 678"))
                .post("/api/public/feedback/status")
                .then()
                .statusCode(200)
                .body("stageLabel", equalTo("Đã trả lời"))
                .body("answer", equalTo("Kết quả đã được trả ngày 03/12/2026. Xin lỗi Ông vì sự chậm trễ."))
                .body("answeredBy", equalTo(null));
        long satisfied = figure("satisfied");
        given().contentType("application/json")
                .body(Map.of("code", code, "contact", "0912345678", "verdict", "SATISFIED"))
                .post("/api/public/feedback/verdict")
                .then()
                .statusCode(200)
                .body("verdictLabel", equalTo("Hài lòng"));
        assertEquals(satisfied + 1, figure("satisfied"));
        given().contentType("application/json")
                .body(Map.of("code", code, "contact", "0912345678", "verdict", "DISSATISFIED"))
                .post("/api/public/feedback/verdict")
                .then()
                .statusCode(409);
    }

    @Test
    void feedbackPastItsDueDateIsFlaggedOnTheDeskAndItsLateAnswerCountedLate() {
        String code = file("0912 000 111");
        QuarkusTransaction.requiringNew().run(() -> {
            Feedback f = Feedback.findById(code);
            f.dueAt = Instant.parse("2026-01-05T10:00:00Z"); // as if filed long ago
        });
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("unanswered", true)
                .get("/api/feedback")
                .then()
                .statusCode(200)
                .body("items.find { it.code == '" + code + "' }.overdue", equalTo(true))
                .body("items[0].dueAt", equalTo("2026-01-05T10:00:00Z"));
        long late = figure("answered_late");
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .contentType("application/json")
                .body(Map.of("answer", "Đã xử lý."))
                .post("/api/feedback/" + code + "/answer")
                .then()
                .statusCode(200)
                .body("overdue", equalTo(true));
        assertEquals(late + 1, figure("answered_late"));
    }
}
