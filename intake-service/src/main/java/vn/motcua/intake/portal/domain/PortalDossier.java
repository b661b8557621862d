package vn.motcua.intake.portal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A dossier's sync state (portal_dossier, V8): PENDING, SYNCED or REJECTED, with its retry and lease. */
@Entity
@Table(name = "portal_dossier")
public class PortalDossier extends PanacheEntityBase {
    public static final String PENDING = "PENDING";
    public static final String SYNCED = "SYNCED";
    public static final String REJECTED = "REJECTED";

    @Id
    @Column(name = "dossier_code")
    public String dossierCode;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public boolean created;

    @Column(nullable = false)
    public int changes;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "pending_since")
    public Instant pendingSince;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** Claimed after a lease ran out unrecorded (a crash), until a pass sends everything: newest record first. */
    @Column(nullable = false)
    public boolean replaying;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "rejected_reason")
    public String rejectedReason;

    @Column(name = "synced_at")
    public Instant syncedAt;

    public static Optional<PortalDossier> byCode(String code) {
        return findByIdOptional(code);
    }
}
