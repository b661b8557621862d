package vn.motcua.tracking.satisfaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A dossier intake refused: tracking starts no clock for it, but its applicant may still rate the refusal. */
@Entity
@Table(name = "refused_dossier")
public class RefusedDossier extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "procedure_name")
    public String procedureName;

    @Column(name = "applicant_id_hash", nullable = false)
    public String applicantIdHash;

    @Column(name = "refused_at", nullable = false)
    public Instant refusedAt;

    public static Optional<RefusedDossier> lockedByCode(String code) {
        return Optional.ofNullable(getEntityManager().find(RefusedDossier.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
