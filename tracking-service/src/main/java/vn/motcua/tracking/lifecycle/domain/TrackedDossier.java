package vn.motcua.tracking.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.tracking.calendar.domain.Outcome;
import vn.motcua.tracking.calendar.domain.SupplementPolicy;

/** A dossier under the legal clock: its current state; the history holds how it got there. */
@Entity
@Table(name = "tracked_dossier")
public class TrackedDossier extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(nullable = false)
    public String channel;

    /** Pinned from the procedure version at receipt: what a supplement request does to the clock. */
    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_policy", nullable = false)
    public SupplementPolicy supplementPolicy = SupplementPolicy.PAUSE;

    @Column(name = "working_days", nullable = false)
    public BigDecimal workingDays;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrackedStatus status;

    @Column(name = "applicant_id_hash", nullable = false)
    public String applicantIdHash;

    /** Names printed on forms 02, 04 and 06 (from intake's event; empty for some imported dossiers). */
    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "procedure_name")
    public String procedureName;

    @Column(name = "applicant_name")
    public String applicantName;

    /** CITIZEN, BUSINESS or ORGANISATION; null on dossiers tracked before it was kept, and imported ones. */
    @Column(name = "applicant_type")
    public String applicantType;

    /** The agency whose officers act on it now: the receiving one until a hand-over or a merger moves it. */
    @Column(name = "holding_agency", nullable = false)
    public String holdingAgency;

    /** Set while a supplement request pauses the clock. */
    @Column(name = "paused_at")
    public Instant pausedAt;

    /** When the applicant last sent asked-for papers online (intake's event); papers after pausedAt are news. */
    @Column(name = "supplied_at")
    public Instant suppliedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** When the clock stopped for good: resolved, withdrawn or suspended. */
    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "apology_at")
    public Instant apologyAt;

    /** The appointment promised in the apology (form 04); the outcome is still judged against dueAt. */
    @Column(name = "new_appointment_at")
    public Instant newAppointmentAt;

    /** It has been past its due time at some point (published once by the deadline watch). */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "due_soon_notified", nullable = false)
    public boolean dueSoonNotified;

    /** Replayed by the legacy import: no intake event, so no citizen's contact details, will ever come for it. */
    @Column(nullable = false)
    public boolean imported;

    /** Hand-over steps so far (form 06 rows). */
    @Column(nullable = false)
    public int steps;

    /** Optimistic check on top of the row lock, for writers that did not lock. */
    @Version
    public int version;

    public static Optional<TrackedDossier> byCode(String code) {
        return findByIdOptional(code);
    }

    /** The dossier locked for an update: concurrent actions on one dossier run one after the other. */
    public static Optional<TrackedDossier> lockedByCode(String code) {
        // find() locks once per transaction: a dossier already locked (or inserted) in it is not re-read.
        return Optional.ofNullable(getEntityManager().find(TrackedDossier.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
