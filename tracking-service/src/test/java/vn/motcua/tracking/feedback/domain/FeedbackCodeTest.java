package vn.motcua.tracking.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackCodeTest {
    @Test
    void aCodeNamesItsDayAndSixUnambiguousRandomCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = FeedbackCode.next(LocalDate.of(2026, 12, 2));
            assertTrue(code.matches("PA261202-[0-9A-HJKMNP-TV-Z]{6}"), code);
            assertTrue(FeedbackCode.valid(code), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 1990, "random, not sequential: " + seen.size());
    }

    @Test
    void typedCodesAreTrimmedAndUpperCasedAndNothingElseIsACode() {
        assertTrue(FeedbackCode.valid(" pa261202-7k3qx9 "));
        assertEquals("PA261202-7K3QX9", FeedbackCode.normal(" pa261202-7k3qx9 "));
        for (String bad :
                new String[] {null, "", "PA261202-7K3QXI", "PA2612-7K3QX9", "PB261202-7K3QX9", "PA261202-7K3QX"}) {
            assertFalse(FeedbackCode.valid(bad), String.valueOf(bad));
        }
    }
}
