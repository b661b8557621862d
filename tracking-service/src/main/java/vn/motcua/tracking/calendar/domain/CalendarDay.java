package vn.motcua.tracking.calendar.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One exception to the working weekdays in a stored year: a day off, or a make-up working Saturday. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    public enum Kind {
        DAY_OFF,
        WORKING_SATURDAY
    }

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
}
