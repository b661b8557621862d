package vn.motcua.tracking.satisfaction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;

/** Rating rules: only after the result, only the applicant, only once; the rating never touches the dossier. */
@QuarkusTest
class RatingResourceTest {
    static final String AGENCY = "000.25.30.H57";

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @Test
    void theApplicantRatesOnceAfterTheResultAndTheCommentKeepsNoNumbers() {
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);
        String applicant = TestTokens.citizen(TrackedDossiers.CITIZEN);
        String rating = """
                {"overall":"SATISFIED","criteria":{"TOTAL_TIME":"VERY_SATISFIED","ATTITUDE":"DISSATISFIED"},
                 "comment":"Cán bộ chưa nhiệt tình. Liên hệ tôi: 0912 345 678"}""";

        // Before the result: not yet.
        given().auth()
                .oauth2(applicant)
                .contentType("application/json")
                .body(rating)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        Actor officer = new Actor("officer1", "officer", Optional.of(AGENCY));
        actions.apply(code, Command.of(Action.RESOLVE), officer, Instant.parse("2026-11-02T03:00:00Z"));
        actions.apply(code, Command.of(Action.RETURN_RESULT), officer, Instant.parse("2026-11-02T04:00:00Z"));
        int history = HistoryEntry.of(code).size();

        // Somebody else: the code is unknown to them.
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .contentType("application/json")
                .body(rating)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(404);
        // An officer rates nothing here.
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body(rating)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(403);
        // The overall level is required, field by field.
        given().auth()
                .oauth2(applicant)
                .contentType("application/json")
                .body("{\"criteria\":{}}")
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("overall"));

        given().auth()
                .oauth2(applicant)
                .get("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(applicant)
                .contentType("application/json")
                .body(rating)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(201)
                .body("overall", equalTo("SATISFIED"))
                .body("overallLabel", equalTo("Hài lòng"))
                .body("criteria.ATTITUDE", equalTo("DISSATISFIED"));
        given().auth()
                .oauth2(applicant)
                .contentType("application/json")
                .body(rating)
                .post("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Hồ sơ " + code + " đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần."));

        given().auth()
                .oauth2(applicant)
                .get("/api/dossiers/" + code + "/rating")
                .then()
                .statusCode(200)
                .body("overallLabel", equalTo("Hài lòng"))
                .body("comment", equalTo(null));
        SatisfactionRating stored = QuarkusTransaction.requiringNew().call(() -> SatisfactionRating.findById(code));
        assertEquals("Cán bộ chưa nhiệt tình. Liên hệ tôi: **** *** 678", stored.comment);
        assertEquals(
                SatisfactionLevel.DISSATISFIED,
                stored.criteria.get(vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion.ATTITUDE));
        assertEquals(AGENCY, stored.agencyCode);
        assertEquals(history, HistoryEntry.of(code).size(), "a rating is not part of the dossier's history");
    }

    @Test
    void thePagesReadTheScaleAndTheCriteriaWithoutSigningIn() {
        given().get("/api/satisfaction/scale")
                .then()
                .statusCode(200)
                .body("levels.DISSATISFIED", equalTo("Không hài lòng"))
                .body("criteria.size()", equalTo(9))
                .body("criteria.ONE_STOP", equalTo("Việc tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa"));
    }
}
