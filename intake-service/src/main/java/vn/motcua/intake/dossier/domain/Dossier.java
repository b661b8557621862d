package vn.motcua.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

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

    public static Optional<Dossier> byCode(String code) {
        return findByIdOptional(code);
    }

    public static Optional<Dossier> byIdempotencyKey(String createdBy, String key) {
        return find("createdBy = ?1 and idempotencyKey = ?2", createdBy, key).firstResultOptional();
    }
}
