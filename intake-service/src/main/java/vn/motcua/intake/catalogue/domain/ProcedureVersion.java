package vn.motcua.intake.catalogue.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.agency.domain.Agency;

/** One version of a procedure (TTHC). Components and steps are JSON documents read by {@link CatalogueJson}. */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String field;

    /** The national catalogue's field code (mã lĩnh vực) the portal requires; null until an administrator sets it. */
    @Column(name = "field_code")
    public String fieldCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_level", nullable = false)
    public Agency.Level agencyLevel;

    @Column(name = "processing_days", nullable = false)
    public BigDecimal processingDays;

    /** Pinned by each dossier with the version: what a supplement request does to its clock. */
    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_policy", nullable = false)
    public SupplementPolicy supplementPolicy = SupplementPolicy.PAUSE;

    @Column(name = "online_processing_days")
    public BigDecimal onlineProcessingDays;

    @Column(name = "fee_vnd", nullable = false)
    public long feeVnd;

    @Column(nullable = false)
    public String components;

    @Column(nullable = false)
    public String steps;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<ProcedureVersion> currentByCode(String code) {
        return find("code = ?1 and current = true", code).firstResultOptional();
    }

    public static List<ProcedureVersion> listCurrent() {
        return list("current = true order by agencyLevel desc, code");
    }

    /** Online dossiers may have a shorter processing time than counter ones. */
    public BigDecimal processingDays(boolean online) {
        return online && onlineProcessingDays != null ? onlineProcessingDays : processingDays;
    }
}
