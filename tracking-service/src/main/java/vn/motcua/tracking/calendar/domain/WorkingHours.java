package vn.motcua.tracking.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** The office's sessions and working weekdays; the defaults are the brief's (07:00-11:30, 13:30-17:00, Mon-Fri). */
public record WorkingHours(
        ZoneId zone,
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        Set<DayOfWeek> workingWeekdays) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public WorkingHours {
        if (!(morningStart.isBefore(morningEnd)
                && !morningEnd.isAfter(afternoonStart)
                && afternoonStart.isBefore(afternoonEnd))) {
            throw new IllegalArgumentException(
                    "sessions must be ordered: morning start < end <= afternoon start < end");
        }
        workingWeekdays = Set.copyOf(workingWeekdays);
    }

    public static WorkingHours standard() {
        return new WorkingHours(
                VIETNAM,
                LocalTime.of(7, 0),
                LocalTime.of(11, 30),
                LocalTime.of(13, 30),
                LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public LocalTime start(Session.Half half) {
        return half == Session.Half.MORNING ? morningStart : afternoonStart;
    }

    public LocalTime end(Session.Half half) {
        return half == Session.Half.MORNING ? morningEnd : afternoonEnd;
    }
}
