package vn.motcua.tracking.statistics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.lifecycle.TrackedDossiers;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.statistics.domain.OpenDossierTally;

/**
 * The gauges' walk, here seven open dossiers at a time: sixteen dossiers due at the very same instant fall across
 * at least three slices, split inside one due time, and each is counted exactly once.
 */
@QuarkusTest
class OpenDossierMetricsTest {
    static final String AGENCY = "000.26.30.H57"; // no other test's agency
    static final String PROCEDURE = "1.001193";

    @Inject
    DossierTracking tracking;

    @Inject
    OpenDossierMetrics metrics;

    @Test
    void dossiersDueAtOneInstantAreEachCountedOnceAcrossSlices() throws InterruptedException {
        for (int i = 0; i < 16; i++) {
            TrackedDossiers.start(
                    tracking,
                    AGENCY,
                    PROCEDURE,
                    "COUNTER",
                    "2026-11-02T09:00:00+07:00",
                    "1",
                    TrackedDossiers.CITIZEN_HASH);
        }
        Instant now = Instant.parse("2026-11-20T00:00:00Z"); // all sixteen were due on 3 November

        OpenDossierTally tally = metrics.walk(now, 7).orElseThrow();

        assertEquals(16L, tally.open().get(new OpenDossierTally.Group(AGENCY, "RECEIVED", PROCEDURE)));
        assertEquals(16L, tally.overdue().get(AGENCY));
        long oldest = tally.oldestOverdueSeconds().get(AGENCY);
        assertTrue(oldest > 15 * 86_400L && oldest < 18 * 86_400L, "past due since 3 November: " + oldest);
    }
}
