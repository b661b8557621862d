package vn.motcua.tracking.calendar.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SortedSet;

/**
 * A due date computed again from what it was made of: the start (effective receipt, or a step's hand-over), the
 * budget in sessions, and the supplement pauses already over, each applied as it was on resumption. Used when a
 * year's calendar changes after receipt, so the new table decides as if it had been known from the start.
 */
public final class DeadlineReplay {
    /** A supplement pause that has ended. */
    public record Pause(ZonedDateTime pausedAt, ZonedDateTime resumedAt) {}

    private final DeadlineCalculator calculator;

    public DeadlineReplay(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    public ZonedDateTime due(ZonedDateTime startedAt, int sessions, List<Pause> pauses) {
        return due(startedAt, sessions, pauses, SupplementPolicy.PAUSE);
    }

    /** As above, each ended pause applied by the dossier's policy (a RESTART counts from the last resumption). */
    public ZonedDateTime due(ZonedDateTime startedAt, int sessions, List<Pause> pauses, SupplementPolicy policy) {
        ZonedDateTime due = calculator.dueAfterSessions(startedAt, sessions);
        for (Pause p : pauses) {
            due = policy.dueOnResumption(calculator, due, p.pausedAt(), p.resumedAt(), sessions);
        }
        return due;
    }

    /**
     * Whether a clock running from {@code start} to {@code due} (local dates) counts any changed day; a day
     * outside it cannot move the date (a pause still open is counted on resumption, under the new table).
     */
    public static boolean crosses(LocalDate start, LocalDate due, SortedSet<LocalDate> changed) {
        return !changed.subSet(start, due.plusDays(1)).isEmpty();
    }
}
