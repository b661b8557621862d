package vn.motcua.tracking.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        // 1985 and 2007 are years where Vietnam's Tết differs from China's (UTC+7 vs UTC+8).
        "1985, 1985-01-21", "2007, 2007-02-17", "2020, 2020-01-25", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        "2028, 2028-01-26", "2029, 2029-02-13"
    })
    void lunarNewYear(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.newYear(year));
    }

    @ParameterizedTest(name = "Hùng Kings {0} is {1}")
    @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDay(int year, LocalDate expected) {
        assertEquals(expected, LunarCalendar.toSolar(year, 3, 10, false));
    }

    @Test
    void leapMonthsComeAfterTheirNamesake() {
        assertEquals(LocalDate.of(2023, 2, 20), LunarCalendar.toSolar(2023, 2, 1, false));
        assertEquals(LocalDate.of(2023, 3, 22), LunarCalendar.toSolar(2023, 2, 1, true));
        assertEquals(LocalDate.of(2025, 6, 25), LunarCalendar.toSolar(2025, 6, 1, false));
        assertEquals(LocalDate.of(2025, 7, 25), LunarCalendar.toSolar(2025, 6, 1, true));
    }

    @Test
    void aLeapMonthThatDoesNotExistIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 6, 1, true));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2025, 5, 1, true));
    }

    @Test
    void everyTetFrom1990To2100FallsBetween21JanuaryAnd20February() {
        for (int year = 1990; year <= 2100; year++) {
            LocalDate tet = LunarCalendar.newYear(year);
            assertTrue(
                    !tet.isBefore(LocalDate.of(year, 1, 21)) && !tet.isAfter(LocalDate.of(year, 2, 20)),
                    year + ": " + tet);
            // Lunar years have 12 or 13 months of 29 or 30 days: 353-355 or 383-385 days.
            long length = ChronoUnit.DAYS.between(tet, LunarCalendar.newYear(year + 1));
            assertTrue((length >= 353 && length <= 355) || (length >= 383 && length <= 385), year + ": " + length);
        }
    }

    @Test
    void everyLunarMonthHas29Or30Days() {
        for (int year = 2000; year <= 2060; year++) {
            for (int month = 1; month < 12; month++) {
                long days = ChronoUnit.DAYS.between(
                        LunarCalendar.toSolar(year, month, 1, false), LunarCalendar.toSolar(year, month + 1, 1, false));
                // two months apart when a leap month lies between them
                assertTrue(days == 29 || days == 30 || (days >= 58 && days <= 60), year + "/" + month + ": " + days);
            }
        }
    }
}
