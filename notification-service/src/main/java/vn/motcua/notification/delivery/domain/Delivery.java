package vn.motcua.notification.delivery.domain;

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

/** One message for one event over one channel: the delivery log. */
@Entity
@Table(name = "delivery_log")
public class Delivery extends PanacheEntityBase {

    public enum Channel {
        EMAIL,
        SMS,
        ZALO
    }

    public enum Status {
        PENDING,
        HELD,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "applicant_id_hash")
    public String applicantIdHash;

    @Column(nullable = false)
    public String template;

    @Column(name = "recipient_masked", nullable = false)
    public String recipientMasked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The real address (email or phone): sent to, never logged or shown. */
    public String address;

    public String subject;

    public String body;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public static List<Delivery> forDossier(String dossierCode) {
        return list("dossierCode = ?1 order by createdAt, id", dossierCode);
    }
}
