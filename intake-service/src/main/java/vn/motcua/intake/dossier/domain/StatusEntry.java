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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.intake.common.persistence.JdbcRows;

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
        line(dossierCode, status, at, actor, note).persist();
    }

    public static StatusEntry line(String dossierCode, Dossier.Status status, Instant at, Person actor, String note) {
        StatusEntry e = new StatusEntry();
        e.dossierCode = dossierCode;
        e.status = status;
        e.at = at;
        e.actor = actor.user();
        e.actorName = actor.fullName();
        e.note = note;
        return e;
    }

    /**
     * New dossiers' first lines with one multi-row insert (a group commit's batch): IDENTITY ids keep Hibernate
     * from batching them, and nothing reads the ids back. Ids ascend in list order. Sent through JDBC: the caller
     * flushes the dossiers' own inserts first (the foreign key).
     */
    public static void appendAll(List<StatusEntry> lines) {
        for (int from = 0; from < lines.size(); from += ROWS_PER_INSERT) {
            List<StatusEntry> chunk = lines.subList(from, Math.min(lines.size(), from + ROWS_PER_INSERT));
            List<Object> values = new ArrayList<>(6 * chunk.size());
            for (StatusEntry e : chunk) {
                values.addAll(Arrays.asList(e.dossierCode, e.status.name(), e.at, e.actor, e.actorName, e.note));
            }
            JdbcRows.update(
                    getEntityManager(),
                    "INSERT INTO dossier_status_history (dossier_code, status, at, actor, actor_name, note) VALUES "
                            + JdbcRows.values(chunk.size(), 6),
                    values);
        }
    }

    private static final int ROWS_PER_INSERT = 500;
}
