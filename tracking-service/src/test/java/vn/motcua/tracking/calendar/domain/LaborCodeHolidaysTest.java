package vn.motcua.tracking.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaborCodeHolidaysTest {

    private static Set<LocalDate> dates(String... iso) {
        return Set.of(List.of(iso).stream().map(LocalDate::parse).toArray(LocalDate[]::new));
    }

    @Test
    void year2026WithHungKingsOnASundayMadeUpOnMonday() {
        YearCalendar y = LaborCodeHolidays.prefill(2026);
        assertEquals(
                dates(
                        "2026-01-01",
                        "2026-02-16",
                        "2026-02-17",
                        "2026-02-18",
                        "2026-02-19",
                        "2026-02-20",
                        "2026-04-27",
                        "2026-04-30",
                        "2026-05-01",
                        "2026-09-02",
                        "2026-09-03"),
                y.daysOff());
        assertFalse(y.confirmed());
        assertTrue(y.workingSaturdays().isEmpty());
    }

    @Test
    void year2025WithTetDay4OnASaturdayAndTheNationalDayBridgeOnMonday() {
        assertEquals(
                dates(
                        "2025-01-01",
                        "2025-01-28",
                        "2025-01-29",
                        "2025-01-30",
                        "2025-01-31",
                        "2025-02-03",
                        "2025-04-07",
                        "2025-04-30",
                        "2025-05-01",
                        "2025-09-01",
                        "2025-09-02"),
                LaborCodeHolidays.prefill(2025).daysOff());
    }

    @Test
    void twoWeekendHolidaysInARowAreMadeUpOnTwoDifferentDays() {
        // 30 April 2022 was a Saturday and 1 May a Sunday: 2 and 3 May were off.
        Set<LocalDate> off = LaborCodeHolidays.prefill(2022).daysOff();
        assertTrue(off.containsAll(dates("2022-05-02", "2022-05-03")), off.toString());
        assertFalse(off.contains(LocalDate.of(2022, 4, 30)));
    }

    @Test
    void theStatutoryListHasElevenDaysEveryYear() {
        for (int year = 2020; year <= 2060; year++) {
            assertEquals(11, Set.copyOf(LaborCodeHolidays.holidays(year)).size(), "year " + year);
            YearCalendar y = LaborCodeHolidays.prefill(year);
            assertTrue(
                    y.daysOff().stream()
                            .allMatch(d ->
                                    d.getYear() == y.year() && d.getDayOfWeek().getValue() <= 5),
                    "year " + year + ": " + y.daysOff());
        }
    }

    @Test
    void theNationalDayCompanionBridgesToTheWeekendWhenItCan() {
        assertEquals(LocalDate.of(2025, 9, 1), LaborCodeHolidays.nationalDayCompanion(LocalDate.of(2025, 9, 2)));
        assertEquals(LocalDate.of(2024, 9, 3), LaborCodeHolidays.nationalDayCompanion(LocalDate.of(2024, 9, 2)));
        assertEquals(LocalDate.of(2027, 9, 3), LaborCodeHolidays.nationalDayCompanion(LocalDate.of(2027, 9, 2)));
    }

    @Test
    void aTableIsCheckedForDatesOutsideTheYearNonSaturdaysAndOverlaps() {
        List<String> problems =
                YearCalendar.problems(2026, dates("2025-12-31", "2026-03-07"), dates("2026-03-07", "2026-03-09"));
        assertEquals(
                List.of(
                        "daysOff: 2025-12-31 is not in 2026",
                        "workingSaturdays: 2026-03-09 is a MONDAY, not a Saturday",
                        "workingSaturdays: 2026-03-07 is also a day off"),
                problems);
        assertTrue(YearCalendar.problems(2026, dates("2026-02-16"), dates("2026-02-07"))
                .isEmpty());
    }
}
