package vn.motcua.tracking.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenDossierTallyTest {
    static final OpenDossierTally.Group A_RECEIVED = new OpenDossierTally.Group("A", "RECEIVED", "1.001193");
    static final OpenDossierTally.Group A_PAUSED = new OpenDossierTally.Group("A", "SUPPLEMENT_REQUESTED", "1.001193");
    static final OpenDossierTally.Group B_RECEIVED = new OpenDossierTally.Group("B", "RECEIVED", "2.000488");

    @Test
    void slicesOfOneGroupAddUp() {
        OpenDossierTally t = new OpenDossierTally();
        t.add(new OpenDossierTally.Row(A_RECEIVED, 5000, 10, 3, Optional.of(600L)));
        t.add(new OpenDossierTally.Row(A_RECEIVED, 1234, 2, 1, Optional.of(9000L)));
        t.add(new OpenDossierTally.Row(A_PAUSED, 7, 0, 0, Optional.empty()));
        assertEquals(Map.of(A_RECEIVED, 6234L, A_PAUSED, 7L), t.open());
        assertEquals(Map.of("A", 12L), t.overdue());
        assertEquals(Map.of("A", 4L), t.dueSoon());
        assertEquals(Map.of("A", 9000L), t.oldestOverdueSeconds(), "the oldest of all slices, not the last");
    }

    @Test
    void anAgencyWithNothingOverdueReportsZeroes() {
        OpenDossierTally t = new OpenDossierTally();
        t.add(new OpenDossierTally.Row(B_RECEIVED, 3, 0, 0, Optional.empty()));
        t.add(new OpenDossierTally.Row(A_RECEIVED, 1, 1, 0, Optional.of(60L)));
        assertEquals(Map.of("A", 1L, "B", 0L), t.overdue());
        assertEquals(Map.of("A", 0L, "B", 0L), t.dueSoon());
        assertEquals(Map.of("A", 60L, "B", 0L), t.oldestOverdueSeconds());
    }

    @Test
    void noOpenDossierNoSeries() {
        OpenDossierTally t = new OpenDossierTally();
        assertEquals(Map.of(), t.open());
        assertEquals(Map.of(), t.oldestOverdueSeconds());
    }
}
