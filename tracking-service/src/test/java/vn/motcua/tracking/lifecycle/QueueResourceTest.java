package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/** The officer's queue: only the agency's open dossiers, earliest due first, overdue flagged. */
@QuarkusTest
class QueueResourceTest {
    static final String AGENCY = "000.22.30.H57";

    @Inject
    DossierTracking tracking;

    @Test
    void theQueueListsTheAgencysOpenDossiersByDueDateWithOverdueFlagged() {
        String later = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.001612",
                "ONLINE",
                OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(),
                "3",
                TrackedDossiers.CITIZEN_HASH);
        String overdue = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);
        String elsewhere = TrackedDossiers.start(
                tracking,
                "000.21.30.H57",
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);

        var queue = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("size", 200)
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("agency", equalTo(AGENCY))
                .body("items.code", not(hasItem(elsewhere)))
                .extract()
                .jsonPath();
        List<String> codes = queue.getList("items.code");
        List<String> due = queue.getList("items.dueAt");
        assertEquals(
                due.stream()
                        .map(OffsetDateTime::parse)
                        .sorted()
                        .map(OffsetDateTime::toString)
                        .toList(),
                due.stream()
                        .map(OffsetDateTime::parse)
                        .map(OffsetDateTime::toString)
                        .toList(),
                "earliest due first");
        int i = codes.indexOf(overdue);
        int j = codes.indexOf(later);
        assertEquals(true, i >= 0 && j > i, codes.toString());
        assertEquals(true, queue.getBoolean("items[" + i + "].overdue"));
        assertEquals(false, queue.getBoolean("items[" + j + "].overdue"));
    }

    @Inject
    DossierActions actions;

    @Test
    void aResolvedDossierStaysOnTheDeskUntilItsResultIsReturnedAndEveryStatusComesWithItsLabel() {
        String agency = "000.24.30.H57";
        String code = TrackedDossiers.start(
                tracking,
                agency,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);
        Actor officer = new Actor("officer1", "officer", Optional.of(agency));
        actions.apply(code, Command.of(Action.RESOLVE), officer, Instant.parse("2026-11-02T03:00:00Z"));
        String token = TestTokens.officer(agency);
        given().auth()
                .oauth2(token)
                .queryParam("status", "RESOLVED")
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("items.code", contains(code))
                .body("items[0].statusLabel", equalTo("Đã có kết quả"))
                // Its clock has stopped: not overdue, whatever the date today.
                .body("items[0].overdue", equalTo(false))
                .body("items[0].dueSoon", equalTo(false))
                // The page's filter reads the states and their labels from here.
                .body(
                        "statuses.keySet()",
                        contains("RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "PAYMENT_REQUESTED", "RESOLVED"))
                .body("statuses.PAYMENT_REQUESTED", equalTo("Chờ thực hiện nghĩa vụ tài chính"));
        actions.apply(code, Command.of(Action.RETURN_RESULT), officer, Instant.parse("2026-11-02T04:00:00Z"));
        given().auth().oauth2(token).get("/api/queue").then().statusCode(200).body("items.code", not(hasItem(code)));
    }

    /** The officers' page marks papers sent online after the request: it needs the time the clock stopped. */
    @Test
    void aDossierWaitingForASupplementSaysSinceWhen() {
        String agency = "000.25.30.H57";
        String code = TrackedDossiers.start(
                tracking,
                agency,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "3",
                TrackedDossiers.CITIZEN_HASH);
        actions.apply(
                code,
                DossierActionsTest.reason(Action.REQUEST_SUPPLEMENT, "Bổ sung tờ khai có chữ ký"),
                new Actor("officer1", "officer", Optional.of(agency)),
                Instant.parse("2026-11-03T03:00:00Z"));
        String since = given().auth()
                .oauth2(TestTokens.officer(agency))
                .queryParam("status", "SUPPLEMENT_REQUESTED")
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("items.code", contains(code))
                .body("items[0].paused", equalTo(true))
                .extract()
                .path("items[0].pausedAt");
        assertEquals("2026-11-03T10:00+07:00", OffsetDateTime.parse(since).toString(), since);
    }

    @Test
    void aLongQueueIsSearchedByCodeNameAndProcedureFilteredByStateAndPaged() {
        String agency = "000.23.30.H57";
        String birth = TrackedDossiers.start(
                tracking,
                agency,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);
        String business = TrackedDossiers.start(
                tracking, agency, "1.001612", "ONLINE", "2026-11-03T09:00:00+07:00", "3", TrackedDossiers.CITIZEN_HASH);
        String officer = TestTokens.officer(agency);
        // Part of a code, exactly one dossier.
        given().auth()
                .oauth2(officer)
                .queryParam("q", business.substring(business.indexOf("-T")))
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.code", contains(business));
        // The applicant's name typed without accents, in capitals.
        given().auth()
                .oauth2(officer)
                .queryParam("q", "NGUYEN VAN AN")
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().auth()
                .oauth2(officer)
                .queryParam("q", "1.001612")
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("items.code", contains(business));
        given().auth()
                .oauth2(officer)
                .queryParam("q", "ly lich tu phap")
                .get("/api/queue") // the procedure's name
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().auth()
                .oauth2(officer)
                .queryParam("q", "%")
                .get("/api/queue") // a wildcard is a character like any other
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(officer)
                .queryParam("status", "RECEIVED")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("page", equalTo(1))
                .body("items.code", contains(business));
        given().auth()
                .oauth2(officer)
                .queryParam("status", "PROCESSING")
                .get("/api/queue")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items.code", not(hasItem(birth)));
        given().auth()
                .oauth2(officer)
                .queryParam("status", "LOST")
                .get("/api/queue")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
    }

    @Test
    void aPageSizeOutOfRangeIsAProblemWithTheField() {
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("size", 1000)
                .get("/api/queue")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("size")));
    }

    @Test
    void citizensHaveNoQueue() {
        given().auth()
                .oauth2(TestTokens.citizen("019095012345"))
                .get("/api/queue")
                .then()
                .statusCode(403);
    }
}
