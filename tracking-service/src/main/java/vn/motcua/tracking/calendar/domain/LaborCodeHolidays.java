package vn.motcua.tracking.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A year pre-filled from Labor Code 2019 Art. 112: 1 January; Lunar New Year (eve and days 1-4);
 * Hùng Kings' day (10/3 lunar); 30 April; 1 May; 2 September and one adjacent day. A holiday that falls
 * on a weekend is made up on the next working day. The government's yearly announcement (bridges,
 * make-up Saturdays) is entered by an administrator and always wins over this pre-fill.
 */
public final class LaborCodeHolidays {
    private LaborCodeHolidays() {}

    /** The statutory holidays themselves, before weekend make-up days. */
    public static List<LocalDate> holidays(int year) {
        List<LocalDate> days = new ArrayList<>();
        days.add(LocalDate.of(year, 1, 1));
        LocalDate tet = LunarCalendar.newYear(year);
        for (int i = -1; i <= 3; i++) {
            days.add(tet.plusDays(i));
        }
        days.add(LunarCalendar.toSolar(year, 3, 10, false));
        days.add(LocalDate.of(year, 4, 30));
        days.add(LocalDate.of(year, 5, 1));
        LocalDate national = LocalDate.of(year, 9, 2);
        days.add(national);
        days.add(nationalDayCompanion(national));
        return days;
    }

    /**
     * The day next to 2 September [verify: the Prime Minister announces it each year]: 1 September when
     * the 2nd is a Tuesday (a bridge with the weekend), otherwise 3 September.
     */
    static LocalDate nationalDayCompanion(LocalDate national) {
        return national.getDayOfWeek() == DayOfWeek.TUESDAY ? national.minusDays(1) : national.plusDays(1);
    }

    /** The pre-filled, unconfirmed table: holidays on weekdays, plus a make-up weekday for each weekend holiday. */
    public static YearCalendar prefill(int year) {
        Set<LocalDate> holidays = new TreeSet<>(holidays(year));
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate day : holidays) {
            if (isWeekend(day)) {
                LocalDate makeUp = day.plusDays(1);
                while (isWeekend(makeUp) || holidays.contains(makeUp) || off.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                off.add(makeUp);
            } else {
                off.add(day);
            }
        }
        // A make-up day can spill into January of the next year; the table keeps only its own year.
        off.removeIf(d -> d.getYear() != year);
        return new YearCalendar(year, off, Set.of(), false);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
