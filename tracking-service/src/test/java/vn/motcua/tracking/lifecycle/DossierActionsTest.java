package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.calendar.domain.Outcome;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/** The lifecycle with the clock: pauses, steps, outcomes, apologies; and the REST rules around it. */
@QuarkusTest
class DossierActionsTest {
    static final String AGENCY = "000.00.12.H57";
    static final Actor OFFICER = new Actor("officer1", "officer", Optional.of(AGENCY));

    @Inject
    DossierActions actions;

    @Inject
    DossierTracking tracking;

    @Inject
    MeterRegistry registry;

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    static Command reason(Action a, String reason) {
        return new Command(
                a, Optional.of(reason), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aSupplementPauseMovesTheDueDateAndStepsKeepTheirOwnOutcome() {
        // Monday 2 Nov 09:00, 10 working days: due Monday 16 Nov 11:30.
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "2.000488",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "10",
                TrackedDossiers.CITIZEN_HASH);
        assertEquals(at("2026-11-16T11:30:00"), TrackedDossier.<TrackedDossier>findById(code).dueAt);

        actions.apply(code, Command.of(Action.START_PROCESSING), OFFICER, at("2026-11-02T10:00:00"));
        actions.apply(
                code, reason(Action.REQUEST_SUPPLEMENT, "Bổ sung bản sao CCCD"), OFFICER, at("2026-11-04T10:00:00"));
        // Resumed Monday 9 Nov: Thu 5, Fri 6 and Mon 9 are the working days after the pause, so due moves 3 days.
        TrackedDossier d =
                actions.apply(code, Command.of(Action.SUPPLEMENT_RECEIVED), OFFICER, at("2026-11-09T08:00:00"));
        assertEquals(at("2026-11-19T11:30:00"), d.dueAt);
        assertNull(d.pausedAt);

        actions.apply(
                code,
                new Command(
                        Action.HAND_OVER,
                        Optional.of("Tra cứu, xác minh"),
                        Optional.empty(),
                        Optional.of("chuyenvien1"),
                        Optional.of(new BigDecimal("2")),
                        Optional.empty()),
                OFFICER,
                at("2026-11-09T09:00:00"));
        d = actions.apply(code, Command.of(Action.RESOLVE), OFFICER, at("2026-11-19T15:00:00"));
        assertEquals(Outcome.ON_TIME, d.outcome);
        assertEquals(TrackedStatus.RESOLVED, d.status);
        actions.apply(code, Command.of(Action.RETURN_RESULT), OFFICER, at("2026-11-20T08:00:00"));

        List<DossierStep> steps = DossierStep.of(code);
        assertEquals(1, steps.size());
        assertEquals(at("2026-11-11T11:30:00"), steps.get(0).dueAt);
        assertEquals(Outcome.LATE, steps.get(0).outcome, "the step took until the 19th against its 11th");
        assertEquals(
                List.of(
                        "DOSSIER_DEADLINE_SET",
                        "DOSSIER_PROCESSING_STARTED",
                        "DOSSIER_SUPPLEMENT_REQUESTED",
                        "DOSSIER_SUPPLEMENT_RECEIVED",
                        "DOSSIER_HANDED_OVER",
                        "DOSSIER_RESOLVED",
                        "DOSSIER_RETURNED"),
                // The watches may interleave DOSSIER_OVERDUE and DOSSIER_STEP_OVERDUE: these dates are in the past.
                HistoryEntry.of(code).stream()
                        .map(h -> h.type)
                        .filter(t -> !t.equals("DOSSIER_OVERDUE") && !t.equals("DOSSIER_STEP_OVERDUE"))
                        .toList());
    }

    @Test
    void aResumptionThatIsRolledBackRecordsNoPause() {
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "2.000488",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "10",
                TrackedDossiers.CITIZEN_HASH);
        actions.apply(code, reason(Action.REQUEST_SUPPLEMENT, "Bổ sung tờ khai"), OFFICER, at("2026-11-03T10:00:00"));
        long before = pauses();
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    actions.apply(code, Command.of(Action.SUPPLEMENT_RECEIVED), OFFICER, at("2026-11-05T10:00:00"));
                    throw new IllegalStateException("rolled back after the resumption");
                }));
        assertEquals(before, pauses(), "a pause that did not end is not recorded");
        actions.apply(code, Command.of(Action.SUPPLEMENT_RECEIVED), OFFICER, at("2026-11-05T10:00:00"));
        assertEquals(before + 1, pauses());
    }

    private long pauses() {
        return Optional.ofNullable(registry.find("tracking_pause_duration")
                        .tag("agency", AGENCY)
                        .tag("procedure", "2.000488")
                        .timer())
                .map(Timer::count)
                .orElse(0L);
    }

    @Test
    void aLateDossierNeedsAnApologyBeforeItsResultIsReturnedAndStaysLate() {
        String code = TrackedDossiers.start(
                tracking, AGENCY, "2.000488", "ONLINE", "2026-11-02T09:00:00+07:00", "1", TrackedDossiers.CITIZEN_HASH);
        TrackedDossier d = actions.apply(code, Command.of(Action.RESOLVE), OFFICER, at("2026-11-05T09:00:00"));
        assertEquals(Outcome.LATE, d.outcome);
        var refused = assertThrows(
                DomainException.class,
                () -> actions.apply(code, Command.of(Action.RETURN_RESULT), OFFICER, at("2026-11-05T10:00:00")));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind()); // 409
        assertEquals(List.of("APOLOGIZE"), refused.allowedActions());

        actions.apply(
                code,
                new Command(
                        Action.APOLOGIZE,
                        Optional.of("Xin lỗi vì chậm trễ"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(at("2026-11-06T16:00:00"))),
                OFFICER,
                at("2026-11-05T10:00:00"));
        d = actions.apply(code, Command.of(Action.RETURN_RESULT), OFFICER, at("2026-11-06T09:00:00"));
        assertEquals(Outcome.LATE, d.outcome, "an apology never turns LATE into ON_TIME");
        assertEquals(at("2026-11-06T16:00:00"), d.newAppointmentAt);
    }

    @Test
    void illegalTransitionsAre409WithTheAllowedActions() {
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "2.000488",
                "COUNTER",
                "2026-11-23T09:00:00+07:00",
                "10",
                TrackedDossiers.CITIZEN_HASH);
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":\"RETURN_RESULT\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "allowedActions",
                        hasItems("START_PROCESSING", "HAND_OVER", "REQUEST_SUPPLEMENT", "RESOLVE", "WITHDRAW"));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":\"REQUEST_SUPPLEMENT\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":\"HAND_OVER\",\"stepWorkingDays\":0.25}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("toAgency", "stepWorkingDays"));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":\"FLY\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // A number is not an action's name (0 would be START_PROCESSING by position).
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":0}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheHoldingAgencyActsAndAHandOverToAnotherAgencyMovesIt() {
        // Received now: the actions below run on the wall clock, and the outcome asserted is EARLY.
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.004227",
                "COUNTER",
                OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(),
                "10",
                TrackedDossiers.CITIZEN_HASH);
        // Another agency's officer learns nothing: the same 404 as for a code that does not exist.
        String stranger = given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .contentType("application/json")
                .body("{\"action\":\"START_PROCESSING\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .path("title");
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .contentType("application/json")
                .body("{\"action\":\"START_PROCESSING\"}")
                .when()
                .post("/api/dossiers/" + code + "-X/actions")
                .then()
                .statusCode(404)
                .body("title", equalTo(stranger));
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .contentType("application/json")
                .body("{\"action\":\"WITHDRAW\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(403);
        // Only to an agency of intake's registry: free text, an unknown or a merged code is refused.
        for (String unknown : new String[] {"Sở Tài nguyên", "000.99.99.H57"}) {
            given().auth()
                    .oauth2(TestTokens.officer(AGENCY))
                    .contentType("application/json")
                    .body("{\"action\":\"HAND_OVER\",\"toAgency\":\"" + unknown + "\",\"stepWorkingDays\":3}")
                    .when()
                    .post("/api/dossiers/" + code + "/actions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("toAgency"));
        }
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":\"HAND_OVER\",\"toAgency\":\"000.00.13.H57\",\"stepWorkingDays\":3,"
                        + "\"toPerson\":\"chuyenvien-tnmt\",\"reason\":\"Chuyển Sở Tài nguyên\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(200)
                .body("holdingAgency", equalTo("000.00.13.H57"))
                .body("status", equalTo("PROCESSING"))
                .body("steps[0].toAgency", equalTo("000.00.13.H57"))
                .body("steps[0].toActor", equalTo("chuyenvien-tnmt"))
                .body("history.find { it.type == 'DOSSIER_HANDED_OVER' }.actor", equalTo("officer-" + AGENCY))
                .body("steps[0].workingDays", equalTo(3));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body("{\"action\":\"RESOLVE\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .contentType("application/json")
                .body("{\"action\":\"RESOLVE\"}")
                .when()
                .post("/api/dossiers/" + code + "/actions")
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("EARLY"))
                .body("nationalStatus", equalTo(9));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/dossiers/" + code + "/timeline")
                .then()
                .statusCode(200)
                // The officer's page names the procedure, not only its catalogue code.
                .body("procedureName", equalTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"))
                .body("allowedActions", contains("RETURN_RESULT"))
                // The label the pages show for each allowed action, the same as in the history and the forms.
                .body("actionLabels.RETURN_RESULT", equalTo("Trả kết quả"));
        given().auth()
                .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                .when()
                .get("/api/dossiers/" + code + "/timeline")
                .then()
                .statusCode(200)
                .body("history.type", hasItems("DOSSIER_HANDED_OVER", "DOSSIER_RESOLVED"))
                .body("procedureName", equalTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"))
                // The officers' actions are theirs: the applicant takes none of them.
                .body("allowedActions", empty())
                .body("actionLabels", anEmptyMap())
                // Statuses and outcomes come with the words the pages show, so the pages keep no copy of them.
                .body("statusLabel", equalTo("Đã có kết quả"))
                .body("outcomeLabel", equalTo("Trước hạn"))
                .body("history.statusLabel", hasItems("Đã tiếp nhận", "Đang xử lý", "Đã có kết quả"))
                // Which agency has it, but no officer's account name: those are the staff's to read.
                .body("steps[0].toAgency", equalTo("000.00.13.H57"))
                .body("history.actor", everyItem(nullValue()))
                .body("steps.collectMany { [it.fromActor, it.toActor] }", everyItem(nullValue()));
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .when()
                .get("/api/dossiers/" + code + "/timeline")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.officer("000.00.13.H57"))
                .contentType("application/json")
                .body("{\"action\":\"START_PROCESSING\"}")
                .when()
                .post("/api/dossiers/NOPE-1/actions")
                .then()
                .statusCode(404);
    }
}
