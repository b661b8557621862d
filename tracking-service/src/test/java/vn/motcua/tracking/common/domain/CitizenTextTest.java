package vn.motcua.tracking.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitizenTextTest {

    @Test
    void idPhoneAndTaxNumbersAreMaskedButForTheirLastThreeDigits() {
        assertEquals(
                Optional.of("CCCD *********345, gọi **** *** 678 hoặc +********678, MST **********-001"),
                CitizenText.of(" CCCD 019095012345, gọi 0912 345 678 hoặc +84912345678, MST 0123456890-001 ", 1000));
    }

    @Test
    void shortNumbersAndDatesStay() {
        assertEquals(
                Optional.of("Chờ 3 ngày, hẹn 16/12/2026 lúc 16:30, quầy số 12"),
                CitizenText.of("Chờ 3 ngày, hẹn 16/12/2026 lúc 16:30, quầy số 12", 1000));
    }

    @Test
    void blankIsNoCommentAndOverAThousandCharactersIsRefused() {
        assertTrue(CitizenText.of("   ", 1000).isEmpty());
        assertTrue(CitizenText.of(null, 1000).isEmpty());
        assertEquals(1000, CitizenText.of("a".repeat(1000), 1000).orElseThrow().length());
        assertThrows(IllegalArgumentException.class, () -> CitizenText.of("a".repeat(1001), 1000));
    }
}
