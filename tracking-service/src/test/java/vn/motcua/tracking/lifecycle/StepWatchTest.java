package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.lifecycle.service.StepWatch;

/**
 * Hand-over steps are escalated in working time (the watch runs every second in tests): a step past its own due
 * time raises DOSSIER_STEP_OVERDUE once and shows in the queue; one that comes within the configured working hours
 * (5 in tests) warns once; a paused dossier's step is left alone; an officer's action on a dossier is never
 * deadlocked with the watch.
 */
@QuarkusTest
class StepWatchTest {
    static final String AGENCY = "000.24.30.H57";
    static final Actor OFFICER = new Actor("officer", "officer", Optional.of(AGENCY));

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @Inject
    StepWatch stepWatch;

    @Test
    void aLateStepIsEscalatedOnceAndAStepAboutToEndWarnsOnce() {
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        String late = handedOver(monthAgo, "0.5");
        String paused = handedOver(monthAgo, "0.5");
        actions.apply(
                paused,
                new Command(
                        Action.REQUEST_SUPPLEMENT,
                        Optional.of("Bổ sung giấy tờ"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                OFFICER,
                monthAgo.plusSeconds(60));
        String soon = handedOver(Instant.now(), "0"); // the step ends with the current (or next) session

        String ops = TestTokens.role("ops");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + late + "/timeline")
                    .then()
                    .body("history.type", hasItem("DOSSIER_STEP_OVERDUE"));
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + soon + "/timeline")
                    .then()
                    .body("history.type", hasItem("DOSSIER_STEP_DUE_SOON"));
        });
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + late + "/timeline")
                    .then()
                    .body("history.findAll { it.type == 'DOSSIER_STEP_OVERDUE' }.size()", equalTo(1))
                    .body(
                            "history.find { it.type == 'DOSSIER_STEP_OVERDUE' }.note",
                            org.hamcrest.Matchers.startsWith("Bước 1 \"Thẩm định hồ sơ\" đã quá hạn: hạn của bước "));
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + soon + "/timeline")
                    .then()
                    .body("history.findAll { it.type == 'DOSSIER_STEP_DUE_SOON' }.size()", equalTo(1))
                    .body("history.type", org.hamcrest.Matchers.not(hasItem("DOSSIER_STEP_OVERDUE")));
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + paused + "/timeline")
                    .then()
                    .body("history.type", org.hamcrest.Matchers.not(hasItem("DOSSIER_STEP_OVERDUE")));
        });
        // The officers' desk: the late step is flagged in the queue, the paused dossier's is not.
        var queue = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("size", 200)
                .get("/api/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(
                true, queue.getBoolean("items.find { it.code == '" + late + "' }.stepOverdue"));
        org.junit.jupiter.api.Assertions.assertEquals(
                false, queue.getBoolean("items.find { it.code == '" + paused + "' }.stepOverdue"));
        org.junit.jupiter.api.Assertions.assertEquals(
                false, queue.getBoolean("items.find { it.code == '" + soon + "' }.stepOverdue"));
    }

    @Test
    void anOfficerActingOnADossierIsNeitherDeadlockedNorWaitedForByTheWatch() throws Exception {
        String code = handedOver(Instant.now(), "1");
        // Overdue as seen a month from now (the scheduled ticks use the real clock and leave it alone).
        Instant later = Instant.now().plus(Duration.ofDays(30));
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService officer = Executors.newSingleThreadExecutor();
        try {
            Future<?> resolve =
                    officer.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        TrackedDossier.lockedByCode(code).orElseThrow(); // the action has begun: the dossier is locked
                        locked.countDown();
                        sleep(1500);
                        actions.apply(code, Command.of(Action.RESOLVE), OFFICER, Instant.now()); // ends the open step
                    }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            stepWatch.markOverdue(later);
            assertFalse(resolve.isDone(), "the watch passed over the dossier the officer holds, without waiting");
            resolve.get(30, TimeUnit.SECONDS); // and the officer's action committed
        } finally {
            officer.shutdownNow();
        }
        stepWatch.markOverdue(later);
        given().auth()
                .oauth2(TestTokens.role("ops"))
                .get("/api/dossiers/" + code + "/timeline")
                .then()
                .body("history.type", hasItem("DOSSIER_RESOLVED"))
                .body("history.type", org.hamcrest.Matchers.not(hasItem("DOSSIER_STEP_OVERDUE")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Received and handed over to a specialist of the same agency at {@code at}, with a step budget. */
    private String handedOver(Instant at, String stepDays) {
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "2.000488",
                "COUNTER",
                at.atOffset(ZoneOffset.ofHours(7)).toString(),
                "10",
                TrackedDossiers.CITIZEN_HASH);
        actions.apply(code, Command.of(Action.START_PROCESSING), OFFICER, at);
        actions.apply(
                code,
                new Command(
                        Action.HAND_OVER,
                        Optional.of("Thẩm định hồ sơ"),
                        Optional.empty(),
                        Optional.of("chuyenvien1"),
                        Optional.of(new BigDecimal(stepDays)),
                        Optional.empty()),
                OFFICER,
                at);
        return code;
    }
}
