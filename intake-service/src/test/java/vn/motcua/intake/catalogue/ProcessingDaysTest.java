package vn.motcua.intake.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.intake.catalogue.domain.ProcessingDays;

class ProcessingDaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "0.50", "1", "10", "10.0", "365"})
    void procedureTimesAreZeroHalfOrWholeDays(String days) {
        assertTrue(ProcessingDays.problem(new BigDecimal(days)).isEmpty(), days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5", "1.5", "0.25", "2.5", "366", "400"})
    void otherProcedureTimesAreRefused(String days) {
        assertFalse(ProcessingDays.problem(new BigDecimal(days)).isEmpty(), days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "1.5", "8", "2.50", "365"})
    void stepBudgetsAreWholeSessions(String days) {
        assertTrue(ProcessingDays.stepProblem(new BigDecimal(days)).isEmpty(), days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "0.25", "1.75", "0.1", "365.5"})
    void stepBudgetsOutsideSessionsAreRefused(String days) {
        assertFalse(ProcessingDays.stepProblem(new BigDecimal(days)).isEmpty(), days);
    }
}
