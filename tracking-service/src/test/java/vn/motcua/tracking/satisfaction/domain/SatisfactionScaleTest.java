package vn.motcua.tracking.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SatisfactionScaleTest {
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
