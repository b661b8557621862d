package vn.motcua.intake.portal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A change of a dossier waiting for (or done with) the portal; the table is portal_item (V8). */
@Entity
@Table(name = "portal_item")
public class PortalItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "national_status", nullable = false)
    public int nationalStatus;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Tracking's status event as it came (no citizen's personal data); null for intake's own changes. */
    public String payload;

    @Column(name = "record_sent", nullable = false)
    public boolean recordSent;

    @Column(nullable = false)
    public boolean sent;

    /** Every change of these dossiers, sent or not, in order. */
    public static List<PortalItem> ofDossiers(List<String> codes) {
        return codes.isEmpty() ? List.of() : list("dossierCode in ?1 order by dossierCode, id", codes);
    }
}
