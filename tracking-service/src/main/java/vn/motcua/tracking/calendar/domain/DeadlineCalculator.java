package vn.motcua.tracking.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The legal clock of Decree 118/2025 as the brief states it: effective receipt time, due time counted in
 * sessions, pauses for supplements, and the early/on-time/late outcome on local dates.
 */
public final class DeadlineCalculator {
    private final WorkingCalendar calendar;
    private final WorkingHours hours;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.hours = calendar.hours();
    }

    public record EffectiveReceipt(Session session, ZonedDateTime at) {}

    /** Inside a session: the moment itself; before or between sessions: the next session's start. */
    public EffectiveReceipt effectiveReceipt(ZonedDateTime receivedAt) {
        ZonedDateTime local = receivedAt.withZoneSameInstant(hours.zone());
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (calendar.isWorkingDay(date)) {
            if (time.isBefore(hours.morningStart())) {
                return startOf(new Session(date, Session.Half.MORNING));
            }
            if (time.isBefore(hours.morningEnd())) {
                return new EffectiveReceipt(new Session(date, Session.Half.MORNING), local);
            }
            if (time.isBefore(hours.afternoonStart())) {
                return startOf(new Session(date, Session.Half.AFTERNOON));
            }
            if (time.isBefore(hours.afternoonEnd())) {
                return new EffectiveReceipt(new Session(date, Session.Half.AFTERNOON), local);
            }
        }
        return startOf(new Session(calendar.nextWorkingDay(date), Session.Half.MORNING));
    }

    /** Receipt times that share one session of effective receipt, and so one due time for any processing time. */
    public record ReceiptWindow(ZonedDateTime from, ZonedDateTime until) {}

    /**
     * The receipt times [from, until) with the same session of effective receipt as {@code receivedAt}: from the end
     * of the session before it (evenings, lunch breaks and days off map forward) to the end of its own. A caller may
     * reuse a due time for any receipt inside it, as long as the calendar has not changed.
     */
    public ReceiptWindow receiptWindow(ZonedDateTime receivedAt) {
        Session s = effectiveReceipt(receivedAt).session();
        Session before = s.half() == Session.Half.AFTERNOON
                ? new Session(s.date(), Session.Half.MORNING)
                : new Session(calendar.previousWorkingDay(s.date()), Session.Half.AFTERNOON);
        return new ReceiptWindow(endOf(before), endOf(s));
    }

    /** The end of the session that lies {@code time.sessions()} sessions after the session of effective receipt. */
    public ZonedDateTime dueAt(ZonedDateTime receivedAt, ProcessingTime time) {
        return dueAfterSessions(receivedAt, time.sessions());
    }

    /** The same rule for any count of sessions: step budgets (form 06) may be 1.5 days, three sessions. */
    public ZonedDateTime dueAfterSessions(ZonedDateTime startedAt, int sessions) {
        return endOf(plusSessions(effectiveReceipt(startedAt).session(), sessions));
    }

    public Session plusSessions(Session session, int n) {
        Session s = session;
        for (int i = 0; i < n; i++) {
            s = s.half() == Session.Half.MORNING
                    ? new Session(s.date(), Session.Half.AFTERNOON)
                    : new Session(calendar.nextWorkingDay(s.date()), Session.Half.MORNING);
        }
        return s;
    }

    /**
     * After a supplement pause the due time moves forward by the working days d with
     * date(paused) < d <= date(resumed), keeping its session.
     */
    public ZonedDateTime resume(ZonedDateTime due, ZonedDateTime pausedAt, ZonedDateTime resumedAt) {
        LocalDate paused = local(pausedAt);
        LocalDate resumed = local(resumedAt);
        int shift = calendar.workingDaysBetween(paused, resumed);
        ZonedDateTime localDue = due.withZoneSameInstant(hours.zone());
        return calendar.plusWorkingDays(localDue.toLocalDate(), shift)
                .atTime(localDue.toLocalTime())
                .atZone(hours.zone());
    }

    /** From when a dossier counts as "due soon": the same time, {@code workingDays} working days before it is due. */
    public ZonedDateTime dueSoonFrom(ZonedDateTime due, int workingDays) {
        ZonedDateTime localDue = due.withZoneSameInstant(hours.zone());
        LocalDate d = localDue.toLocalDate();
        for (int i = 0; i < workingDays; i++) {
            d = calendar.previousWorkingDay(d);
        }
        return d.atTime(localDue.toLocalTime()).atZone(hours.zone());
    }

    /**
     * Working time between two moments: the parts of working days' sessions that lie between them (zero if to ≤ from).
     */
    public Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to) {
        ZonedDateTime a = from.withZoneSameInstant(hours.zone());
        ZonedDateTime b = to.withZoneSameInstant(hours.zone());
        Duration total = Duration.ZERO;
        for (LocalDate d = a.toLocalDate(); b.isAfter(a) && !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            for (Session.Half half : Session.Half.values()) {
                ZonedDateTime start = d.atTime(hours.start(half)).atZone(hours.zone());
                ZonedDateTime end = d.atTime(hours.end(half)).atZone(hours.zone());
                ZonedDateTime lo = start.isAfter(a) ? start : a;
                ZonedDateTime hi = end.isBefore(b) ? end : b;
                if (hi.isAfter(lo)) {
                    total = total.plus(Duration.between(lo, hi));
                }
            }
        }
        return total;
    }

    /** EARLY, ON_TIME or LATE by comparing local dates, as the national statistics do. */
    public Outcome outcome(ZonedDateTime resolvedAt, ZonedDateTime due) {
        int cmp = local(resolvedAt).compareTo(local(due));
        return cmp < 0 ? Outcome.EARLY : cmp == 0 ? Outcome.ON_TIME : Outcome.LATE;
    }

    public ZonedDateTime endOf(Session s) {
        return s.date().atTime(hours.end(s.half())).atZone(hours.zone());
    }

    private EffectiveReceipt startOf(Session s) {
        return new EffectiveReceipt(s, s.date().atTime(hours.start(s.half())).atZone(hours.zone()));
    }

    private LocalDate local(ZonedDateTime t) {
        return t.withZoneSameInstant(hours.zone()).toLocalDate();
    }
}
