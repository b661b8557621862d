package vn.motcua.tracking.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    static final Instant DUE = Instant.parse("2026-12-16T09:30:00Z");

    static Feedback feedback() {
        Feedback f = new Feedback();
        f.contactEmail = "An.Nguyen@example.vn";
        f.contactPhone = "0912 345 678";
        f.dueAt = DUE;
        return f;
    }

    @Test
    void theAuthorsContactIsEitherTheEmailInAnyCaseOrThePhoneInAnySpelling() {
        Feedback f = feedback();
        for (String mine :
                new String[] {"an.nguyen@example.vn", " AN.NGUYEN@EXAMPLE.VN", "0912345678", "+84 912 345 678"}) {
            assertTrue(f.contactIs(mine), mine);
        }
        for (String other : new String[] {"an@example.vn", "0912345679", "", "   ", null, "-"}) {
            assertFalse(f.contactIs(other), String.valueOf(other));
        }
        f.contactPhone = null;
        assertFalse(f.contactIs("0912345678"));
    }

    @Test
    void overdueWhileUnansweredPastTheDueDateOrWhenAnsweredAfterIt() {
        Feedback f = feedback();
        assertEquals(Feedback.Stage.AWAITING_ANSWER, f.stage());
        assertFalse(f.overdue(DUE));
        assertTrue(f.overdue(DUE.plusSeconds(1)));
        f.answeredAt = DUE.minusSeconds(60);
        assertFalse(f.overdue(DUE.plusSeconds(86_400)), "answered in time stays on time");
        assertEquals(Feedback.Stage.ANSWERED, f.stage());
        f.answeredAt = DUE.plusSeconds(60);
        assertTrue(f.overdue(DUE.plusSeconds(86_400)), "answered late stays late");
        f.verdict = FeedbackVerdict.SATISFIED;
        assertEquals(Feedback.Stage.CLOSED, f.stage());
    }
}
