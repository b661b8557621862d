package vn.motcua.tracking.calendar.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A year's table replaced: the days that changed, and how far the recomputation of open deadlines has come. */
@Entity
@Table(name = "calendar_change")
public class CalendarChange extends PanacheEntityBase {
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    /** ISO dates, comma-separated (a year has at most a few dozen changed days). */
    @Column(name = "changed_days", nullable = false)
    public String changedDays;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public String status;

    /** The last dossier code recomputed: the next batch starts after it, so a restart resumes, never repeats. */
    @Column(name = "cursor_code", nullable = false)
    public String cursorCode = "";

    @Column(nullable = false)
    public long examined;

    @Column(nullable = false)
    public long moved;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public SortedSet<LocalDate> days() {
        return Arrays.stream(changedDays.split(","))
                .map(LocalDate::parse)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static String format(SortedSet<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
