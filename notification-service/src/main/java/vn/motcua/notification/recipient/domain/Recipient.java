package vn.motcua.notification.recipient.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The applicant of a dossier as the notifier needs them: a name and a kind to address, an email, a phone. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_code")
    public String dossierCode;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "procedure_name")
    public String procedureName;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** CITIZEN, BUSINESS or ORGANISATION, as intake received them; null on rows stored before it was kept. */
    @Column(name = "applicant_type")
    public String applicantType;

    public String email;

    public String phone;

    @Column(name = "applicant_id_hash", nullable = false)
    public String applicantIdHash;

    /** Received without an appointment: tracking's DOSSIER_DEADLINE_SET is then worth a message. */
    @Column(name = "appointment_pending", nullable = false)
    public boolean appointmentPending;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Recipient> forDossier(String code) {
        return findByIdOptional(code);
    }

    /** The recipients of a batch's dossiers, by dossier code, in one query. */
    public static Map<String, Recipient> forDossiers(Collection<String> codes) {
        Map<String, Recipient> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            Recipient.<Recipient>list("dossierCode in ?1", codes).forEach(r -> byCode.put(r.dossierCode, r));
        }
        return byCode;
    }
}
