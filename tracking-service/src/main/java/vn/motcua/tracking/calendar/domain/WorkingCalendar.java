package vn.motcua.tracking.calendar.domain;

import java.time.LocalDate;
import java.util.function.IntFunction;

/** Which dates are working days: the year's stored table first, then the working weekdays. */
public final class WorkingCalendar {
    private final WorkingHours hours;
    private final IntFunction<YearCalendar> years;

    public WorkingCalendar(WorkingHours hours, IntFunction<YearCalendar> years) {
        this.hours = hours;
        this.years = years;
    }

    public WorkingHours hours() {
        return hours;
    }

    public boolean isWorkingDay(LocalDate date) {
        YearCalendar year = years.apply(date.getYear());
        if (year.daysOff().contains(date)) {
            return false;
        }
        return year.workingSaturdays().contains(date) || hours.workingWeekdays().contains(date.getDayOfWeek());
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The date {@code n} working days after {@code date} (n = 0: the date itself). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Working days d with {@code after < d <= upTo}. */
    public int workingDaysBetween(LocalDate after, LocalDate upTo) {
        int count = 0;
        for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
