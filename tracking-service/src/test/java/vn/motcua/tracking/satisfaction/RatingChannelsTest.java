package vn.motcua.tracking.satisfaction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.inbox.service.IntakeEventBatch;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.satisfaction.domain.RateableDossier;
import vn.motcua.tracking.satisfaction.domain.RatingSource;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;
import vn.motcua.tracking.security.ApplicantIdHash;
import vn.motcua.tracking.security.RatingLinks;

/**
 * Every way to rate: signed in after a refusal, the public lookup (code and ID number), the message's sealed link,
 * the counter view (which shows nothing of the officers); and the supervisors' report with the masked comments.
 */
@QuarkusTest
class RatingChannelsTest {
    static final String AGENCY = "000.25.31.H57";
    static final String OTHER = "000.25.32.H57";
    static final String RATING = "{\"overall\":\"DISSATISFIED\",\"comment\":\"Gọi lại số 0987654321 giúp tôi\"}";

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @Inject
    IntakeEventBatch intakeEvents;

    @ConfigProperty(name = "tracking.applicant-id.keys")
    String idKeys;

    String returned() {
        String code = TrackedDossiers.start(
                tracking, AGENCY, "1.001193", "ONLINE", "2026-11-02T09:00:00+07:00", "1", TrackedDossiers.CITIZEN_HASH);
        Actor officer = new Actor("officer1", "officer", Optional.of(AGENCY));
        actions.apply(code, Command.of(Action.RESOLVE), officer, Instant.parse("2026-11-02T03:00:00Z"));
        actions.apply(code, Command.of(Action.RETURN_RESULT), officer, Instant.parse("2026-11-02T04:00:00Z"));
        return code;
    }

    @Test
    void aRefusedDossiersApplicantRatesTheRefusalSignedIn() {
        String code = AGENCY + "-R" + Long.toString(System.nanoTime(), 36);
        intakeEvents.apply(List.of(new IntakeEventBatch.Received(
                UUID.randomUUID().toString(),
                IntakeEvent.NOT_ACCEPTED,
                Optional.of(new IntakeEvent(
                        UUID.randomUUID().toString(),
                        IntakeEvent.NOT_ACCEPTED,
                        code,
                        Instant.parse("2026-11-03T02:00:00Z"),
                        AGENCY,
                        "Trung tâm Phục vụ hành chính công",
                        "1.001193",
                        "Đăng ký khai sinh",
                        "ONLINE",
                        new IntakeEvent.Applicant(TrackedDossiers.CITIZEN_HASH, "Nguyễn Văn An", "CITIZEN"),
                        null,
                        null,
                        null,
                        null,
                        null)))));
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .contentType("application/json")
                .body(RATING)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .contentType("application/json")
                .body(RATING)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(201)
                .body("overallLabel", equalTo("Không hài lòng"));
        SatisfactionRating stored = QuarkusTransaction.requiringNew().call(() -> SatisfactionRating.findById(code));
        assertEquals(RateableDossier.End.NOT_ACCEPTED, stored.dossierEnd);
        assertEquals(RatingSource.ONLINE, stored.source);
    }

    @Test
    void thePublicLookupRatesWithTheCodeAndTheIdNumberAndAWrongNumberLearnsNothing() {
        String code = returned();
        given().contentType("application/json")
                .body(Map.of("code", code, "idNumber", "001301000123"))
                .post("/api/public/ratings/standing")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Không tìm thấy hồ sơ " + code + "."));
        given().contentType("application/json")
                .body("{\"pass\":{},\"rating\":{\"overall\":\"SATISFIED\"}}")
                .post("/api/public/ratings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("pass.code", "pass.idNumber"));
        given().contentType("application/json")
                .body(Map.of("code", code, "idNumber", TrackedDossiers.CITIZEN))
                .post("/api/public/ratings/standing")
                .then()
                .statusCode(200)
                .body("open", equalTo(true))
                .body("endLabel", equalTo("Đã trả kết quả"))
                .body("procedureName", equalTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"));
        given().contentType("application/json")
                .body("{\"pass\":{\"code\":\"" + code + "\",\"idNumber\":\"" + TrackedDossiers.CITIZEN + "\"},"
                        + "\"rating\":" + RATING + "}")
                .post("/api/public/ratings")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(Map.of("code", code, "idNumber", TrackedDossiers.CITIZEN))
                .post("/api/public/ratings/standing")
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("ratedLabel", equalTo("Không hài lòng"));
        SatisfactionRating stored = QuarkusTransaction.requiringNew().call(() -> SatisfactionRating.findById(code));
        assertEquals(RatingSource.LOOKUP, stored.source);
    }

    @Test
    void theSealedLinkRatesOnceAndAForgedOrExpiredOneIsUnknown() {
        String code = returned();
        RatingLinks links = RatingLinks.of(ApplicantIdHash.withKeys(idKeys));
        String expired = links.seal(code, Instant.now().minusSeconds(1));
        String token = links.seal(code, Instant.now().plus(Duration.ofDays(30)));
        char last = token.charAt(token.length() - 1);
        String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String bad : List.of(expired, forged)) {
            given().contentType("application/json")
                    .body(Map.of("token", bad))
                    .post("/api/public/ratings/standing")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().contentType("application/json")
                .body(Map.of("token", token))
                .post("/api/public/ratings/standing")
                .then()
                .statusCode(200)
                .body("dossierCode", equalTo(code))
                .body("open", equalTo(true));
        String body = "{\"pass\":{\"token\":\"" + token + "\"},\"rating\":{\"overall\":\"VERY_SATISFIED\"}}";
        given().contentType("application/json")
                .body(body)
                .post("/api/public/ratings")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(body)
                .post("/api/public/ratings")
                .then()
                .statusCode(409);
        SatisfactionRating stored = QuarkusTransaction.requiringNew().call(() -> SatisfactionRating.findById(code));
        assertEquals(RatingSource.LINK, stored.source);
    }

    @Test
    void theCounterViewShowsTheDossierButNoOfficerAndOnlyTheReceivingAgencyOpensIt() {
        String code = returned();
        given().auth()
                .oauth2(TestTokens.officer(OTHER))
                .get("/api/dossiers/" + code + "/rating/at-counter")
                .then()
                .statusCode(404);
        String view = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .get("/api/dossiers/" + code + "/rating/at-counter")
                .then()
                .statusCode(200)
                .body("open", equalTo(true))
                .extract()
                .asString();
        for (String officerData : List.of("officer1", "Lê Văn", "Cường", "Chuyên viên", "Nguyễn Văn An")) {
            assertEquals(-1, view.indexOf(officerData), "the citizen's screen shows " + officerData + ": " + view);
        }
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"overall\":\"SATISFIED\",\"criteria\":{\"ATTITUDE\":\"VERY_SATISFIED\"}}")
                .post("/api/dossiers/" + code + "/rating/at-counter")
                .then()
                .statusCode(201);
        SatisfactionRating stored = QuarkusTransaction.requiringNew().call(() -> SatisfactionRating.findById(code));
        assertEquals(RatingSource.COUNTER, stored.source);
    }

    @Test
    void supervisorsReadTheirAgencysRatingsWithMaskedCommentsAndNobodyElseDoes() {
        String code = returned();
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .contentType("application/json")
                .body(RATING)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(201);
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("month", month)
                .get("/api/satisfaction/ratings")
                .then()
                .statusCode(200)
                .body("agency", equalTo(AGENCY))
                .body("ratings.dossierCode", hasItem(code))
                .body(
                        "ratings.find { it.dossierCode == '" + code + "' }.comment",
                        equalTo("Gọi lại số *******321 giúp tôi"))
                .body("ratings.find { it.dossierCode == '" + code + "' }.dossierEnd", equalTo("Đã trả kết quả"));
        given().auth()
                .oauth2(TestTokens.supervisor(OTHER))
                .queryParam("month", month)
                .queryParam("agency", AGENCY)
                .get("/api/satisfaction/ratings")
                .then()
                .statusCode(403);
        for (String role : List.of("ops", "officer")) {
            given().auth()
                    .oauth2(role.equals("ops") ? TestTokens.role("ops") : TestTokens.officer(AGENCY))
                    .queryParam("month", month)
                    .get("/api/satisfaction/ratings")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(TestTokens.supervisor(AGENCY))
                .queryParam("month", "2026-13")
                .get("/api/satisfaction/ratings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("month"));
        Number dissatisfied = QuarkusTransaction.requiringNew()
                .call(() -> (Number) SatisfactionRating.getEntityManager()
                        .createNativeQuery("SELECT COALESCE(SUM(rated_dissatisfied), 0) FROM stats_monthly"
                                + " WHERE agency_code = ?1 AND month = ?2")
                        .setParameter(1, AGENCY)
                        .setParameter(2, YearMonth.parse(month).atDay(1))
                        .getSingleResult());
        long counted = QuarkusTransaction.requiringNew()
                .call(() -> SatisfactionRating.count(
                        "agencyCode = ?1 and overall = ?2 and ratedAt >= ?3",
                        AGENCY,
                        SatisfactionLevel.DISSATISFIED,
                        YearMonth.parse(month)
                                .atDay(1)
                                .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                                .toInstant()));
        assertEquals(counted, dissatisfied.longValue(), "the monthly aggregate counts every rating");
    }
}
