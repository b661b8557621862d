package vn.motcua.tracking.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year's authoritative table: days off on what would be working days, and make-up working Saturdays
 * (ngày làm bù). {@code confirmed} is false while the year is only pre-filled from the Labor Code.
 */
public record YearCalendar(int year, Set<LocalDate> daysOff, Set<LocalDate> workingSaturdays, boolean confirmed) {

    public YearCalendar {
        daysOff = Set.copyOf(new TreeSet<>(daysOff));
        workingSaturdays = Set.copyOf(new TreeSet<>(workingSaturdays));
    }

    /** Why this table cannot be stored, one message per problem (empty when it is valid). */
    public static List<String> problems(int year, Set<LocalDate> daysOff, Set<LocalDate> workingSaturdays) {
        List<String> problems = new ArrayList<>();
        daysOff.stream()
                .filter(d -> d.getYear() != year)
                .sorted()
                .forEach(d -> problems.add("daysOff: " + d + " is not in " + year));
        workingSaturdays.stream()
                .filter(d -> d.getYear() != year)
                .sorted()
                .forEach(d -> problems.add("workingSaturdays: " + d + " is not in " + year));
        workingSaturdays.stream()
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY)
                .sorted()
                .forEach(
                        d -> problems.add("workingSaturdays: " + d + " is a " + d.getDayOfWeek() + ", not a Saturday"));
        workingSaturdays.stream()
                .filter(daysOff::contains)
                .sorted()
                .forEach(d -> problems.add("workingSaturdays: " + d + " is also a day off"));
        return problems;
    }

    /**
     * The dates whose working status differs from {@code before}'s: days off and make-up Saturdays, added or removed.
     */
    public SortedSet<LocalDate> changedFrom(YearCalendar before) {
        SortedSet<LocalDate> changed = new TreeSet<>();
        symmetricDifference(daysOff, before.daysOff(), changed);
        symmetricDifference(workingSaturdays, before.workingSaturdays(), changed);
        return changed;
    }

    private static void symmetricDifference(Set<LocalDate> a, Set<LocalDate> b, SortedSet<LocalDate> into) {
        a.stream().filter(d -> !b.contains(d)).forEach(into::add);
        b.stream().filter(d -> !a.contains(d)).forEach(into::add);
    }

    public List<LocalDate> sortedDaysOff() {
        return new TreeSet<>(daysOff).stream().toList();
    }

    public List<LocalDate> sortedWorkingSaturdays() {
        return new TreeSet<>(workingSaturdays).stream().toList();
    }
}
