package vn.motcua.tracking.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingCommentTest {

    @Test
    void idPhoneAndTaxNumbersAreMaskedButForTheirLastThreeDigits() {
        assertEquals(
                Optional.of("CCCD *********345, gọi **** *** 678 hoặc +********678, MST **********-001"),
                RatingComment.of(" CCCD 019095012345, gọi 0912 345 678 hoặc +84912345678, MST 0123456890-001 "));
    }

    @Test
    void shortNumbersAndDatesStay() {
        assertEquals(
                Optional.of("Chờ 3 ngày, hẹn 16/12/2026 lúc 16:30, quầy số 12"),
                RatingComment.of("Chờ 3 ngày, hẹn 16/12/2026 lúc 16:30, quầy số 12"));
    }

    @Test
    void blankIsNoCommentAndOverAThousandCharactersIsRefused() {
        assertTrue(RatingComment.of("   ").isEmpty());
        assertTrue(RatingComment.of(null).isEmpty());
        assertEquals(1000, RatingComment.of("a".repeat(1000)).orElseThrow().length());
        assertThrows(IllegalArgumentException.class, () -> RatingComment.of("a".repeat(1001)));
    }

    @Test
    void theScaleAndTheNineCriteriaHaveTheirOwnVietnameseLabels() {
        assertEquals(9, SatisfactionCriterion.values().length);
        assertEquals(
                9,
                Arrays.stream(SatisfactionCriterion.values())
                        .map(c -> c.label)
                        .distinct()
                        .count());
        assertEquals("Không hài lòng", SatisfactionLevel.DISSATISFIED.label);
        assertEquals("Rất hài lòng", SatisfactionLevel.VERY_SATISFIED.label);
    }
}
