package vn.motcua.tracking.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The example: a dossier received 2 Dec 2026 with 10 working days, then 3 December is declared off. */
class DeadlineReplayTest {
    static final YearCalendar BEFORE = LaborCodeHolidays.prefill(2026);
    static final LocalDate DECLARED = LocalDate.of(2026, 12, 3);

    static DeadlineReplay under(YearCalendar table) {
        return new DeadlineReplay(new DeadlineCalculator(new WorkingCalendar(
                WorkingHours.standard(), year -> year == 2026 ? table : LaborCodeHolidays.prefill(year))));
    }

    static YearCalendar withDayOff(LocalDate... days) {
        Set<LocalDate> off = new HashSet<>(BEFORE.daysOff());
        off.addAll(List.of(days));
        return new YearCalendar(2026, off, BEFORE.workingSaturdays(), true);
    }

    static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), WorkingHours.VIETNAM);
    }

    @Test
    void aNewDayOffInsideTheClockMovesTheDueDateByOneWorkingDay() {
        assertEquals(at("2026-12-16T11:30"), under(BEFORE).due(at("2026-12-02T09:00"), 20, List.of()));
        assertEquals(at("2026-12-17T11:30"), under(withDayOff(DECLARED)).due(at("2026-12-02T09:00"), 20, List.of()));
    }

    @Test
    void aRemovedDayOffMovesItEarlier() {
        YearCalendar declared = withDayOff(DECLARED);
        SortedSet<LocalDate> changed = BEFORE.changedFrom(declared);
        assertEquals(new TreeSet<>(Set.of(DECLARED)), changed);
        assertEquals(at("2026-12-16T11:30"), under(BEFORE).due(at("2026-12-02T09:00"), 20, List.of()));
    }

    @Test
    void onlyAClockThatCountsAChangedDayIsTouched() {
        SortedSet<LocalDate> changed = withDayOff(DECLARED).changedFrom(BEFORE);
        assertTrue(DeadlineReplay.crosses(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16), changed));
        assertTrue(DeadlineReplay.crosses(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), changed));
        assertFalse(
                DeadlineReplay.crosses(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 18), changed),
                "received after it");
        assertFalse(
                DeadlineReplay.crosses(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 2), changed),
                "due before it");
    }

    @Test
    void aPauseIsReplayedUnderTheNewTable() {
        // Received Tue 1 Dec, 10 days (due 15 Dec); supplement asked 2 Dec, brought Fri 4 Dec.
        var pause = List.of(new DeadlineReplay.Pause(at("2026-12-02T10:00"), at("2026-12-04T09:00")));
        // Under the old table the pause counted 3 and 4 December: 15 + 2 → 17 December.
        assertEquals(at("2026-12-17T11:30"), under(BEFORE).due(at("2026-12-01T09:00"), 20, pause));
        // 3 December off during the pause: it counted for nothing either way, so the date stays.
        assertEquals(at("2026-12-17T11:30"), under(withDayOff(DECLARED)).due(at("2026-12-01T09:00"), 20, pause));
        // A day off after the pause, inside the clock, moves it.
        assertEquals(
                at("2026-12-18T11:30"),
                under(withDayOff(LocalDate.of(2026, 12, 10))).due(at("2026-12-01T09:00"), 20, pause));
    }

    @Test
    void changedDaysAreBothKindsAddedOrRemoved() {
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        YearCalendar after = new YearCalendar(2026, withDayOff(DECLARED).daysOff(), Set.of(saturday), true);
        assertEquals(new TreeSet<>(Set.of(DECLARED, saturday)), after.changedFrom(BEFORE));
        assertEquals(new TreeSet<>(), BEFORE.changedFrom(BEFORE));
    }
}
