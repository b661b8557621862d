package vn.motcua.intake.dossier.domain;

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

/** Append-only history: a status is never edited in place. */
@Entity
@Table(name = "dossier_status_history")
public class StatusEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_code", nullable = false, updatable = false)
    public String dossierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Dossier.Status status;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String actor;

    /** Family name first, for printed forms; empty for lines written before it was kept. */
    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(updatable = false)
    public String note;

    public static void append(String dossierCode, Dossier.Status status, Instant at, Person actor, String note) {
        StatusEntry e = new StatusEntry();
        e.dossierCode = dossierCode;
        e.status = status;
        e.at = at;
        e.actor = actor.user();
        e.actorName = actor.fullName();
        e.note = note;
        e.persist();
    }
}
