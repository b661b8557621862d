package vn.motcua.tracking.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {
    /** 2026 as pre-filled, plus a make-up working Saturday on 28 November for the Saturday cases. */
    static final WorkingCalendar CALENDAR = new WorkingCalendar(
            WorkingHours.standard(),
            year -> year == 2026
                    ? new YearCalendar(
                            2026, LaborCodeHolidays.prefill(2026).daysOff(), Set.of(LocalDate.of(2026, 11, 28)), true)
                    : LaborCodeHolidays.prefill(year));

    static final DeadlineCalculator CALC = new DeadlineCalculator(CALENDAR);

    static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), WorkingHours.VIETNAM);
    }

    @ParameterizedTest(name = "received {0} → effective {1}")
    @CsvSource({
        "2026-11-23T06:30, 2026-11-23T07:00", // before the morning session
        "2026-11-23T07:00, 2026-11-23T07:00",
        "2026-11-23T09:15, 2026-11-23T09:15", // inside: the moment itself
        "2026-11-23T11:30, 2026-11-23T13:30", // lunch break
        "2026-11-23T12:45, 2026-11-23T13:30",
        "2026-11-23T16:59, 2026-11-23T16:59",
        "2026-11-23T17:00, 2026-11-24T07:00", // after hours: next working day
        "2026-11-22T10:00, 2026-11-23T07:00", // Sunday
        "2026-11-28T08:00, 2026-11-28T08:00", // make-up working Saturday
        "2026-11-29T08:00, 2026-11-30T07:00",
        "2026-04-30T08:00, 2026-05-04T07:00", // 30/4 and 1/5 off, then the weekend
        "2026-02-13T17:30, 2026-02-23T07:00"
    }) // Friday evening before Tết
    void effectiveReceipt(String received, String effective) {
        assertEquals(at(effective), CALC.effectiveReceipt(at(received)).at());
    }

    @Test
    void aReceiptTimeInAnotherZoneIsReadInVietnamTime() {
        ZonedDateTime utc = ZonedDateTime.parse("2026-11-23T01:00:00Z"); // 08:00 in Hà Nội
        assertEquals(at("2026-11-23T08:00"), CALC.effectiveReceipt(utc).at());
    }

    @ParameterizedTest(name = "received {0}, {1} days → due {2}")
    @CsvSource({
        "2026-11-23T09:00, 3,   2026-11-26T11:30", // the brief's example: Monday 09:00, D=3 → Thursday 11:30
        "2026-11-23T09:00, 0,   2026-11-23T11:30", // D=0: end of that session
        "2026-11-23T14:00, 0,   2026-11-23T17:00",
        "2026-11-23T09:00, 0.5, 2026-11-23T17:00", // D=0.5 in the morning: 17:00 the same day
        "2026-11-23T14:00, 0.5, 2026-11-24T11:30", // D=0.5 in the afternoon: 11:30 the next working day
        "2026-11-27T14:00, 0.5, 2026-11-28T11:30", // ...which can be a make-up Saturday
        "2026-11-23T18:00, 1,   2026-11-25T11:30", // after hours counts from the next morning
        "2026-02-12T09:00, 3,   2026-02-24T11:30", // across the weekend and Tết 2026
        "2026-11-23T09:00, 10,  2026-12-04T11:30", // counts the make-up Saturday
        "2026-12-30T15:00, 2,   2027-01-04T17:00"
    }) // across 1 January
    void dueAt(String received, String workingDays, String due) {
        ProcessingTime d = ProcessingTime.parse(workingDays).orElseThrow();
        assertEquals(at(due), CALC.dueAt(at(received), d));
    }

    @Test
    void everyDueTimeIsTheEndOfTheRightSessionOnAWorkingDay() {
        // Cross-check against a plain walk over the sessions, every 10 minutes from November to March.
        for (ZonedDateTime t = at("2026-11-01T00:00"); t.isBefore(at("2027-03-01T00:00")); t = t.plusMinutes(10)) {
            for (int sessions : new int[] {0, 1, 2, 6, 20}) {
                ZonedDateTime due = CALC.dueAt(t, new ProcessingTime(sessions));
                DeadlineCalculator.EffectiveReceipt start = CALC.effectiveReceipt(t);
                assertTrue(CALENDAR.isWorkingDay(due.toLocalDate()), t + " +" + sessions + " → " + due);
                assertTrue(due.toLocalTime().equals(LocalTime.of(11, 30))
                        || due.toLocalTime().equals(LocalTime.of(17, 0)));
                assertTrue(due.isAfter(t) && !start.at().isBefore(t), t + " → " + due);
                assertEquals(sessions, sessionsBetween(start.session(), due), t + " → " + due);
            }
        }
    }

    private static int sessionsBetween(Session from, ZonedDateTime due) {
        int n = 0;
        LocalDate d = from.date();
        boolean afternoon = from.half() == Session.Half.AFTERNOON;
        while (!(d.equals(due.toLocalDate()) && afternoon == (due.getHour() == 17))) {
            if (afternoon) {
                do {
                    d = d.plusDays(1);
                } while (!CALENDAR.isWorkingDay(d));
            }
            afternoon = !afternoon;
            n++;
        }
        return n;
    }

    @Test
    void aSupplementPauseMovesTheDueDateByTheWorkingDaysItLasted() {
        ZonedDateTime due = at("2026-11-26T11:30");
        // paused Tuesday, resumed Friday: 25, 26, 27 November count → three working days later,
        // the make-up Saturday 28 November being one of them
        assertEquals(at("2026-11-30T11:30"), CALC.resume(due, at("2026-11-24T10:00"), at("2026-11-27T15:00")));
        // paused and resumed on the same day: nothing moves
        assertEquals(due, CALC.resume(due, at("2026-11-24T08:00"), at("2026-11-24T16:00")));
        // a pause over the weekend counts the make-up Saturday but not Sunday; the session is kept
        assertEquals(
                at("2026-11-30T17:00"),
                CALC.resume(at("2026-11-27T17:00"), at("2026-11-27T09:00"), at("2026-11-30T08:00")));
    }

    @ParameterizedTest(name = "resolved {0}, due {1} → {2}")
    @CsvSource({
        "2026-11-25T16:00, 2026-11-26T11:30, EARLY",
        "2026-11-26T08:00, 2026-11-26T11:30, ON_TIME",
        "2026-11-26T16:30, 2026-11-26T11:30, ON_TIME", // same local date: on time, as the reports judge it
        "2026-11-27T07:05, 2026-11-26T11:30, LATE"
    })
    void outcomeByLocalDate(String resolved, String due, Outcome expected) {
        assertEquals(expected, CALC.outcome(at(resolved), at(due)));
    }

    @Test
    void outcomeUsesTheLocalDateEvenForUtcTimes() {
        // 17:30 UTC on the 26th is 00:30 on the 27th in Hà Nội.
        assertEquals(Outcome.LATE, CALC.outcome(ZonedDateTime.parse("2026-11-26T17:30:00Z"), at("2026-11-26T11:30")));
    }

    @Test
    void dueSoonStartsOneWorkingDayBefore() {
        assertEquals(at("2026-11-25T11:30"), CALC.dueSoonFrom(at("2026-11-26T11:30"), 1));
        assertEquals(at("2026-11-28T17:00"), CALC.dueSoonFrom(at("2026-11-30T17:00"), 1));
        assertEquals(at("2026-02-13T11:30"), CALC.dueSoonFrom(at("2026-02-23T11:30"), 1));
    }

    @Test
    void processingTimesAreZeroHalfOrWholeDays() {
        assertEquals(
                Map.of("0", 0, "0.5", 1, "3", 6, "3.0", 6, "1", 2),
                Map.of(
                        "0",
                        ProcessingTime.parse("0").orElseThrow().sessions(),
                        "0.5",
                        ProcessingTime.parse("0.5").orElseThrow().sessions(),
                        "3",
                        ProcessingTime.parse("3").orElseThrow().sessions(),
                        "3.0",
                        ProcessingTime.parse(" 3.0 ").orElseThrow().sessions(),
                        "1",
                        ProcessingTime.parse("1").orElseThrow().sessions()));
        for (String bad : new String[] {"1.5", "-1", "0.25", "abc", "", "1e9"}) {
            assertTrue(ProcessingTime.parse(bad).isEmpty(), bad);
        }
        assertEquals(
                "0.5", ProcessingTime.parse("0.5").orElseThrow().workingDays().toPlainString());
    }

    @ParameterizedTest(name = "{0} → {1}: {2} min of working time")
    @CsvSource({
        "2026-11-23T16:00, 2026-11-24T11:30, 330", // 16:00–17:00, then 07:00–11:30
        "2026-11-23T12:00, 2026-11-23T14:00, 30", // the lunch break does not count
        "2026-12-04T16:30, 2026-12-07T07:30, 60", // Friday evening to Monday morning: the weekend does not count
        "2026-11-28T08:00, 2026-11-28T10:00, 120", // the make-up working Saturday counts
        "2026-11-24T11:30, 2026-11-24T09:00, 0", // the end before the start
        "2026-09-02T07:00, 2026-09-04T07:00, 0", // 2 and 3 September off (2/9 is a Wednesday: the pre-fill adds 3/9)
        "2026-09-01T07:00, 2026-09-04T07:00, 480" // only 1 September counts
    })
    void workingTimeCountsOnlySessionsOfWorkingDays(String from, String to, long minutes) {
        assertEquals(minutes, CALC.workingTimeBetween(at(from), at(to)).toMinutes());
    }

    @ParameterizedTest(name = "received {0} → same due time for receipts from {1} until {2}")
    @CsvSource({
        "2026-11-23T09:00, 2026-11-20T17:00, 2026-11-23T11:30", // Monday morning: from Friday's close
        "2026-11-22T10:00, 2026-11-20T17:00, 2026-11-23T11:30", // Sunday maps to Monday morning
        "2026-11-23T12:00, 2026-11-23T11:30, 2026-11-23T17:00", // lunch break: the afternoon's
        "2026-11-23T11:30, 2026-11-23T11:30, 2026-11-23T17:00", // the morning's end opens the afternoon's
        "2026-11-30T08:00, 2026-11-28T17:00, 2026-11-30T11:30", // after the make-up Saturday
        "2026-02-20T10:00, 2026-02-13T17:00, 2026-02-23T11:30" // through Tết
    })
    void receiptWindow(String received, String from, String until) {
        assertEquals(new DeadlineCalculator.ReceiptWindow(at(from), at(until)), CALC.receiptWindow(at(received)));
    }

    @Test
    void everyReceiptInsideItsWindowGetsTheSameDueTimeAndNoneOutside() {
        ZonedDateTime nanoBefore;
        // Every half hour hits every session boundary (07:00, 11:30, 13:30, 17:00); the ends are probed to the nano.
        for (ZonedDateTime t = at("2026-11-01T00:00"); t.isBefore(at("2027-03-01T00:00")); t = t.plusMinutes(30)) {
            DeadlineCalculator.ReceiptWindow w = CALC.receiptWindow(t);
            assertTrue(!t.isBefore(w.from()) && t.isBefore(w.until()), t + " outside " + w);
            nanoBefore = w.from().minusNanos(1);
            for (int sessions : new int[] {0, 1, 6}) {
                ProcessingTime d = new ProcessingTime(sessions);
                ZonedDateTime due = CALC.dueAt(t, d);
                assertEquals(due, CALC.dueAt(w.from(), d), t + " vs its window's start");
                assertEquals(due, CALC.dueAt(w.until().minusNanos(1), d), t + " vs its window's end");
                assertTrue(CALC.dueAt(w.until(), d).isAfter(due), t + ": the window ends too late");
                assertTrue(CALC.dueAt(nanoBefore, d).isBefore(due), t + ": the window starts too early");
            }
        }
    }
}
