package vn.motcua.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.common.persistence.JdbcRows;

/** A dossier as intake knows it: from submission until it is accepted (RECEIVED) or refused. */
@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {

    public enum Channel {
        ONLINE,
        COUNTER
    }

    /** Intake's part of the national status list: 1 NEW, 2 RECEIVED, 3 NOT_ACCEPTED. */
    public enum Status {
        NEW(1, "Mới nộp trực tuyến"),
        RECEIVED(2, "Đã tiếp nhận"),
        NOT_ACCEPTED(3, "Không tiếp nhận");

        public final int nationalCode;
        /** What citizens and officers read: the pages take it from the API. */
        public final String label;

        Status(int nationalCode, String label) {
            this.nationalCode = nationalCode;
            this.label = label;
        }
    }

    public enum ApplicantType {
        CITIZEN,
        BUSINESS,
        ORGANISATION
    }

    @Id
    public String code;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "procedure_version_id", nullable = false)
    public Long procedureVersionId;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    public ApplicantType applicantType;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "applicant_id_number", nullable = false)
    public String applicantIdNumber;

    @Column(name = "applicant_id_hash", nullable = false)
    public String applicantIdHash;

    @Column(name = "applicant_phone", nullable = false)
    public String applicantPhone;

    @Column(name = "applicant_email")
    public String applicantEmail;

    @Column(name = "applicant_address")
    public String applicantAddress;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "appointment_at")
    public Instant appointmentAt;

    /** Components submitted, and how many of them digitised (with a file): null for dossiers from before. */
    @Column(name = "components_received")
    public Integer componentsReceived;

    @Column(name = "components_digitised")
    public Integer componentsDigitised;

    @Column(name = "refusal_reasons")
    public String refusalReasons;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    private static final String COLUMNS = "code, agency_code, procedure_version_id, procedure_code, channel,"
            + " status, applicant_type, applicant_name, applicant_id_number, applicant_id_hash, applicant_phone,"
            + " applicant_email, applicant_address, submitted_at, received_at, appointment_at, components_received,"
            + " components_digitised, refusal_reasons, created_by, idempotency_key, request_hash";

    /**
     * New dossiers in one multi-row insert through JDBC, like the rows that refer to them, not persisted and flushed
     * one by one by Hibernate (docs/benchmarks.md: the flush showed in 6.5 % of intake's samples, mostly sending the
     * rows). They stay out of the persistence context; a duplicate idempotency key still fails as a
     * {@code PersistenceException}.
     */
    public static void insertAll(List<Dossier> dossiers) {
        if (dossiers.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>(22 * dossiers.size());
        for (Dossier d : dossiers) {
            values.addAll(Arrays.asList(
                    d.code,
                    d.agencyCode,
                    d.procedureVersionId,
                    d.procedureCode,
                    d.channel.name(),
                    d.status.name(),
                    d.applicantType.name(),
                    d.applicantName,
                    d.applicantIdNumber,
                    d.applicantIdHash,
                    d.applicantPhone,
                    d.applicantEmail,
                    d.applicantAddress,
                    d.submittedAt,
                    d.receivedAt,
                    d.appointmentAt,
                    d.componentsReceived,
                    d.componentsDigitised,
                    d.refusalReasons,
                    d.createdBy,
                    d.idempotencyKey,
                    d.requestHash));
        }
        JdbcRows.update(
                getEntityManager(),
                "INSERT INTO dossier (" + COLUMNS + ") VALUES " + JdbcRows.values(dossiers.size(), 22),
                values);
    }

    public static Optional<Dossier> byCode(String code) {
        return findByIdOptional(code);
    }

    public static Optional<Dossier> byIdempotencyKey(String createdBy, String key) {
        return find("createdBy = ?1 and idempotencyKey = ?2", createdBy, key).firstResultOptional();
    }
}
