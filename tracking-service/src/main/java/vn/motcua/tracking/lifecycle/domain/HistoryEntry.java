package vn.motcua.tracking.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One transition, appended and never edited: what happened, the status after it and the due date in force. */
@Entity
@Table(name = "dossier_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_code", nullable = false, updatable = false)
    public String dossierCode;

    @Column(nullable = false, updatable = false)
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TrackedStatus status;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "due_at", nullable = false, updatable = false)
    public Instant dueAt;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(name = "actor_agency", updatable = false)
    public String actorAgency;

    @Column(updatable = false)
    public String note;

    /** The acting user's name (officer's username; "system" for the clock itself). */
    @Column(updatable = false)
    public String actor;

    /** The user's full name, family name first, as forms print it (empty for the system and older lines). */
    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(name = "step_no", updatable = false)
    public Integer stepNo;

    /** On DOSSIER_DEADLINE_CHANGED: the due date replaced, and the calendar change that caused it. */
    @Column(name = "previous_due_at", updatable = false)
    public Instant previousDueAt;

    @Column(name = "calendar_change_id", updatable = false)
    public Long calendarChangeId;

    public static List<HistoryEntry> of(String code) {
        return list("dossierCode = ?1 order by id", code);
    }

    /** Who signs a form for this line: the full name when known, else the account. */
    public String signedBy() {
        return actorName != null ? actorName : actor;
    }
}
