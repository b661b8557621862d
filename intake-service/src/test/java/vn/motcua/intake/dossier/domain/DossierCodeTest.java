package vn.motcua.intake.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

    @Test
    void formatsAsTheBriefsExample() {
        assertEquals(
                "000.00.12.H57-261128-0001",
                new DossierCode("000.00.12.H57", LocalDate.of(2026, 11, 28), 1).toString());
        assertEquals(
                "000.00.12.H57-260105-0987",
                new DossierCode("000.00.12.H57", LocalDate.of(2026, 1, 5), 987).toString());
    }

    @Test
    void theSequenceGrowsPastFourDigits() {
        assertEquals(
                "000.21.30.H57-261128-12345",
                new DossierCode("000.21.30.H57", LocalDate.of(2026, 11, 28), 12345).toString());
    }

    /** The hand-built form is the formatter's, on days across the whole century and sequences of every width. */
    @Test
    void formatsAsTheFormatterWouldOnEveryKindOfDay() {
        DateTimeFormatter yyMMdd = DateTimeFormatter.ofPattern("yyMMdd");
        int[] sequences = {1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 1234567};
        int i = 0;
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() < 2100; d = d.plusDays(1), i++) {
            int seq = sequences[i % sequences.length];
            assertEquals(
                    "000.00.13.H57-" + d.format(yyMMdd) + "-" + String.format("%04d", seq),
                    new DossierCode("000.00.13.H57", d, seq).toString());
        }
    }

    @Test
    void parseIsTheInverseOfFormat() {
        for (int seq : new int[] {1, 9, 10, 999, 1000, 9999, 10000, 123456}) {
            DossierCode code = new DossierCode("000.00.13.H57", LocalDate.of(2027, 2, 28), seq);
            assertEquals(Optional.of(code), DossierCode.parse(code.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "000.00.12.H57-261128-001",
                "000.00.12.H57-261328-0001",
                "000.00.12.H57-260230-0001",
                "000.00.12.H57-261128-00001",
                "000.00.12.H57-261128-0000",
                "h57-261128-0001",
                "000.00.12.H57 261128 0001",
                "000.00.12.H57-261128-0001;drop",
                "../etc/passwd-261128-0001"
            })
    void rejectsAnythingElse(String text) {
        assertTrue(DossierCode.parse(text).isEmpty(), text);
    }

    @Test
    void refusesImpossibleParts() {
        assertThrows(
                IllegalArgumentException.class, () -> new DossierCode("000.00.12.H57", LocalDate.of(2026, 1, 1), 0));
        assertThrows(
                IllegalArgumentException.class, () -> new DossierCode("not an agency", LocalDate.of(2026, 1, 1), 1));
        assertThrows(
                IllegalArgumentException.class, () -> new DossierCode("000.00.12.H57", LocalDate.of(2100, 1, 1), 1));
    }
}
