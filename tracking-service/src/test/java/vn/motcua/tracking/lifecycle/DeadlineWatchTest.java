package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * The watch (every second in tests) publishes overdue and due-soon once, skips paused dossiers, and feeds the gauges.
 */
@QuarkusTest
class DeadlineWatchTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    static final String AGENCY = "000.21.30.H57";

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @Test
    void overdueAndDueSoonArePublishedOnceAndPausedDossiersAreLeftAlone() {
        String late = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);
        String paused = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.001193",
                "COUNTER",
                "2026-11-02T09:00:00+07:00",
                "1",
                TrackedDossiers.CITIZEN_HASH);
        actions.apply(
                paused,
                new DossierActions.Command(
                        Action.REQUEST_SUPPLEMENT,
                        Optional.of("Bổ sung giấy chứng sinh"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                new Actor("officer", "officer", Optional.of(AGENCY)),
                OffsetDateTime.parse("2026-11-02T10:00:00+07:00").toInstant());
        // Half a day from now is always within the next working day: due soon, not yet overdue.
        String soon = TrackedDossiers.start(
                tracking,
                AGENCY,
                "1.003583",
                "ONLINE",
                OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(),
                "0.5",
                TrackedDossiers.CITIZEN_HASH);

        String ops = TestTokens.role("ops");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + late + "/timeline")
                    .then()
                    .body("history.type", hasItem("DOSSIER_OVERDUE"))
                    .body("overdue", equalTo(true));
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + soon + "/timeline")
                    .then()
                    .body("history.type", hasItem("DOSSIER_DUE_SOON"))
                    // The pages read what happened, and leave the agency's warning off the citizen's.
                    .body("history.find { it.type == 'DOSSIER_DUE_SOON' }.label", equalTo("Sắp đến hạn giải quyết"))
                    .body("history.find { it.type == 'DOSSIER_DUE_SOON' }.internal", equalTo(true))
                    .body("history.find { it.type == 'DOSSIER_DEADLINE_SET' }.internal", equalTo(false))
                    .body("overdue", equalTo(false));
        });
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + late + "/timeline")
                    .then()
                    .body("history.findAll { it.type == 'DOSSIER_OVERDUE' }.size()", equalTo(1));
            given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + soon + "/timeline")
                    .then()
                    .body("history.findAll { it.type == 'DOSSIER_DUE_SOON' }.size()", equalTo(1));
            // The applicant's timeline leaves the agency's warning out altogether, not only the applicant's page.
            given().auth()
                    .oauth2(TestTokens.citizen(TrackedDossiers.CITIZEN))
                    .get("/api/dossiers/" + soon + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("history.type", hasItem("DOSSIER_DEADLINE_SET"))
                    .body("history.type", not(hasItem("DOSSIER_DUE_SOON")));
            // Once paused, never marked overdue (the watch may have caught it in the moment before the pause).
            List<String> types = given().auth()
                    .oauth2(ops)
                    .get("/api/dossiers/" + paused + "/timeline")
                    .then()
                    .extract()
                    .path("history.type");
            assertFalse(
                    types.subList(types.indexOf("DOSSIER_SUPPLEMENT_REQUESTED"), types.size())
                            .contains("DOSSIER_OVERDUE"),
                    types.toString());
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics =
                    given().port(management).get("/q/metrics").then().extract().asString();
            assertTrue(metric(metrics, "tracking_dossiers_overdue{agency=\"" + AGENCY + "\"}") >= 1, metrics);
            assertTrue(
                    metric(
                                    metrics,
                                    "tracking_dossiers_open{agency=\"" + AGENCY
                                            + "\",procedure=\"1.001193\",status=\"SUPPLEMENT_REQUESTED\"}")
                            >= 1,
                    metrics);
            // The late dossier was due in early November: its agency's oldest overdue is weeks old.
            assertTrue(
                    metric(metrics, "tracking_oldest_overdue_seconds{agency=\"" + AGENCY + "\"}") > 7 * 86400, metrics);
            assertTrue(
                    metric(metrics, "tracking_received_today{agency=\"" + AGENCY + "\",channel=\"ONLINE\"}") >= 1,
                    metrics);
        });
    }

    /** The value of one exported series, or -1 when it is missing. */
    private static double metric(String exposition, String series) {
        return exposition
                .lines()
                .filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst()
                .orElse(-1);
    }
}
