package vn.motcua.tracking.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

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
}
