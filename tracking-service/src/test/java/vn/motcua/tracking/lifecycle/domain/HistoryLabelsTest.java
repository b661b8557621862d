package vn.motcua.tracking.lifecycle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HistoryLabelsTest {

    @ParameterizedTest
    @EnumSource(Action.class)
    void anActionReadsInTheHistoryAsOnItsButton(Action a) {
        assertEquals(a.label, HistoryLabels.of(a.eventType(), TrackedStatus.PROCESSING));
        assertFalse(HistoryLabels.internal(a.eventType()), a + " is the citizen's business");
    }

    @Test
    void theClocksEntriesSayWhatTheClockDid() {
        assertEquals("Tiếp nhận hồ sơ", HistoryLabels.of("DOSSIER_DEADLINE_SET", TrackedStatus.RECEIVED));
        assertEquals("Thay đổi hạn giải quyết", HistoryLabels.of("DOSSIER_DEADLINE_CHANGED", TrackedStatus.RECEIVED));
        assertEquals("Quá hạn giải quyết", HistoryLabels.of("DOSSIER_OVERDUE", TrackedStatus.PROCESSING));
        assertEquals("Sắp đến hạn giải quyết", HistoryLabels.of("DOSSIER_DUE_SOON", TrackedStatus.PROCESSING));
        assertEquals("Bước xử lý quá hạn", HistoryLabels.of("DOSSIER_STEP_OVERDUE", TrackedStatus.PROCESSING));
        assertEquals(
                "Chuyển cơ quan giải quyết do sắp xếp tổ chức",
                HistoryLabels.of("DOSSIER_AGENCY_MERGED", TrackedStatus.PROCESSING));
    }

    @Test
    void onlyTheWarningsToTheAgencyAreInternal() {
        assertTrue(HistoryLabels.internal("DOSSIER_DUE_SOON"));
        assertTrue(HistoryLabels.internal("DOSSIER_STEP_DUE_SOON"));
        assertTrue(HistoryLabels.internal("DOSSIER_STEP_OVERDUE"));
        // Late is the citizen's news too: the agency owes them an apology (form 04).
        assertFalse(HistoryLabels.internal("DOSSIER_OVERDUE"));
        assertFalse(HistoryLabels.internal("DOSSIER_DEADLINE_CHANGED"));
    }

    @Test
    void aTypeFromANewerVersionReadsAsItsStatus() {
        assertEquals("Đang xử lý", HistoryLabels.of("DOSSIER_SOMETHING_NEW", TrackedStatus.PROCESSING));
    }
}
