package vn.motcua.tracking.calendar.domain;

import java.time.ZonedDateTime;

/**
 * What a supplement request does to the legal clock, a property of the procedure version pinned per dossier.
 * Decree 118/2025 keeps the one-stop rule that time spent waiting for the citizen does not count [verify against
 * the decree's text]; provincial systems read it two ways, so both are offered and PAUSE is the default.
 */
public enum SupplementPolicy {
    /**
     * The time already spent counts: the due date moves by the working days of the pause (date(paused) < d ≤
     * date(resumed)).
     */
    PAUSE,
    /** The full processing time runs again from the effective receipt of the completed dossier. */
    RESTART;

    /** The due date once the supplement is received. */
    public ZonedDateTime dueOnResumption(
            DeadlineCalculator calculator,
            ZonedDateTime due,
            ZonedDateTime pausedAt,
            ZonedDateTime resumedAt,
            int sessions) {
        return this == PAUSE
                ? calculator.resume(due, pausedAt, resumedAt)
                : calculator.dueAfterSessions(resumedAt, sessions);
    }

    /** Absent (older events, imports without it) is PAUSE, the behaviour before the policy existed. */
    public static SupplementPolicy orDefault(String name) {
        return name == null || name.isBlank() ? PAUSE : valueOf(name);
    }
}
