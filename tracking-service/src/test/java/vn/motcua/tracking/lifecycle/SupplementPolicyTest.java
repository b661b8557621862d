package vn.motcua.tracking.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.tracking.TestTokens;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * The supplement policy, pinned per dossier from its procedure version: PAUSE moves the due date by the working days
 * of the pause, RESTART runs the full processing time again from the completed dossier's effective receipt. Both
 * across a weekend and across the 2–3 September 2026 holiday; shown in the timeline and on form 02.
 */
@QuarkusTest
class SupplementPolicyTest {
    static final String AGENCY = "000.00.12.H57";
    static final Actor OFFICER = new Actor("officer1", "officer", Optional.of(AGENCY));

    @Inject
    DossierTracking tracking;

    @Inject
    DossierActions actions;

    @ParameterizedTest(name = "{0}: received {1} ({2} days), asked {3}, brought {4} → due {5}")
    @CsvSource({
        // Over a weekend: Mon 2 Nov, 10 days (due Mon 16 Nov 11:30); asked Thu 5, brought Mon 9 November.
        "PAUSE,   2026-11-02T09:00, 10, 2026-11-05T10:00, 2026-11-09T08:00, 2026-11-18T11:30", // Fri 6 and Mon 9 added
        "RESTART, 2026-11-02T09:00, 10, 2026-11-05T10:00, 2026-11-09T08:00, 2026-11-23T11:30", // 10 days from Mon 9
        // morning
        // Over the holiday: Mon 31 Aug, 3 days (due Mon 7 Sep 11:30); asked Tue 1, brought Fri 4 September.
        "PAUSE,   2026-08-31T09:00, 3,  2026-09-01T10:00, 2026-09-04T09:00, 2026-09-08T11:30", // 2, 3 Sep off: only Fri
        // 4 added
        "RESTART, 2026-08-31T09:00, 3,  2026-09-01T10:00, 2026-09-04T09:00, 2026-09-09T11:30", // 3 days from Fri 4
        // morning
        "RESTART, 2026-08-31T09:00, 3,  2026-09-01T10:00, 2026-09-04T14:00, 2026-09-09T17:00" // from Fri 4 afternoon
    })
    void theClockAfterASupplementFollowsThePolicy(
            String policy, String received, String days, String asked, String brought, String due) throws Exception {
        String code = TrackedDossiers.start(
                tracking,
                AGENCY,
                "2.000488",
                "COUNTER",
                received + ":00+07:00",
                days,
                TrackedDossiers.CITIZEN_HASH,
                policy);
        actions.apply(
                code, Command.of(Action.START_PROCESSING), OFFICER, at(received).plusSeconds(600));
        actions.apply(
                code,
                new Command(
                        Action.REQUEST_SUPPLEMENT,
                        Optional.of("Bản sao giấy khai sinh"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                OFFICER,
                at(asked));
        TrackedDossier d = actions.apply(code, Command.of(Action.SUPPLEMENT_RECEIVED), OFFICER, at(brought));
        assertEquals(at(due), d.dueAt);

        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .get("/api/dossiers/" + code + "/timeline")
                .then()
                .statusCode(200)
                .body("supplementPolicy", equalTo(policy));
        byte[] form02 = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .get("/api/dossiers/" + code + "/forms/02")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var pdf = Loader.loadPDF(form02)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains(
                            policy.equals("RESTART")
                                    ? "được tính lại từ đầu (" + days + " ngày làm việc)"
                                    : "tạm dừng từ"),
                    text);
        }
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+07:00").toInstant();
    }
}
