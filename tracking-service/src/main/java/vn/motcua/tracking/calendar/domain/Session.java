package vn.motcua.tracking.calendar.domain;

import java.time.LocalDate;

/** A half working day: the unit the legal clock counts in (a working day has two). */
public record Session(LocalDate date, Half half) {

    public enum Half {
        MORNING,
        AFTERNOON
    }
}
