package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/** What intake's public lookup reads: the status and the appointment in force, for a service token only. */
@QuarkusTest
class ProgressResourceTest {
    static final String AGENCY = "000.00.12.H57";

    @Inject
    DossierTracking tracking;

    @Test
    void theLookupReadsTheStatusAndTheAppointmentInForce() {
        // Monday 09:00 with 3 working days: due Thursday at the end of the morning session.
        String code = start(TrackedDossiers.CITIZEN_HASH);
        String service = TestTokens.role("service");
        progress(service, code)
                .body("status", equalTo("RECEIVED"))
                .body("statusLabel", equalTo("Đã tiếp nhận"))
                .body("nationalStatus", equalTo(2))
                .body("dueAt", equalTo("2026-11-05T11:30:00+07:00"))
                .body("appointmentAt", equalTo("2026-11-05T11:30:00+07:00"))
                .body("outcomeLabel", nullValue());

        act(code, "{\"action\":\"START_PROCESSING\"}");
        progress(service, code).body("statusLabel", equalTo("Đang xử lý")).body("nationalStatus", equalTo(4));

        // Resolved after its due date (the run is in December), then the apology's new appointment is the one in force.
        act(code, "{\"action\":\"RESOLVE\"}");
        act(
                code,
                "{\"action\":\"APOLOGIZE\",\"reason\":\"Chờ xác minh\","
                        + "\"newAppointmentAt\":\"2026-11-12T16:00:00+07:00\"}");
        progress(service, code)
                .body("status", equalTo("RESOLVED"))
                .body("outcomeLabel", not(nullValue()))
                .body("dueAt", equalTo("2026-11-05T11:30:00+07:00"))
                .body("appointmentAt", equalTo("2026-11-12T16:00:00+07:00"));

        // Only the service: the applicant and officers read the timeline; nobody else learns anything here.
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .get("/api/dossiers/" + code + "/progress")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .get("/api/dossiers/" + code + "/progress")
                .then()
                .statusCode(403);
        given().get("/api/dossiers/" + code + "/progress").then().statusCode(401);
        given().auth()
                .oauth2(service)
                .get("/api/dossiers/000.00.12.H57-991231-9999/progress")
                .then()
                .statusCode(404);
    }

    @Test
    void aPageOfAListReadsTheProgressOfTheDossiersTheCallerMaySee() {
        String mine = start(TrackedDossiers.CITIZEN_HASH);
        String other = start("another-applicant-hash");
        act(mine, "{\"action\":\"START_PROCESSING\"}");
        String citizen = TestTokens.citizen(TrackedDossiers.CITIZEN);
        // The applicant's list: their own dossier only; another's code and an unknown one are left out.
        given().auth()
                .oauth2(citizen)
                .queryParam("code", mine, other, "000.00.12.H57-991231-9999")
                .get("/api/progress")
                .then()
                .statusCode(200)
                .body("code", contains(mine))
                .body("[0].statusLabel", equalTo("Đang xử lý"))
                .body("[0].appointmentAt", equalTo("2026-11-05T11:30:00+07:00"));
        // The agency's officer sees both.
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("code", mine, other)
                .get("/api/progress")
                .then()
                .statusCode(200)
                .body("code", containsInAnyOrder(mine, other));
        given().auth()
                .oauth2(citizen)
                .get("/api/progress")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(citizen)
                .queryParam("code", IntStream.range(0, 101).mapToObj(i -> mine).toList())
                .get("/api/progress")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** A business's account reads its own dossiers by its tax code: their progress and their timelines. */
    @Test
    void aBusinessAccountSeesTheDossiersFiledUnderItsTaxCode() {
        String business = TestTokens.business("4600123456");
        String ours = start(TrackedDossiers.hashOf("4600123456"));
        String citizens = start(TrackedDossiers.CITIZEN_HASH);
        given().auth()
                .oauth2(business)
                .queryParam("code", ours, citizens)
                .get("/api/progress")
                .then()
                .statusCode(200)
                .body("code", contains(ours));
        given().auth()
                .oauth2(business)
                .get("/api/dossiers/" + ours + "/timeline")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(business)
                .get("/api/dossiers/" + citizens + "/timeline")
                .then()
                .statusCode(404);
    }

    private String start(String idHash) {
        return TrackedDossiers.start(tracking, AGENCY, "2.000488", "COUNTER", "2026-11-02T09:00:00+07:00", "3", idHash);
    }

    private static io.restassured.response.ValidatableResponse progress(String token, String code) {
        return given().auth()
                .oauth2(token)
                .get("/api/dossiers/" + code + "/progress")
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
    }

    private static void act(String code, String body) {
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body(body)
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(200);
    }
}
