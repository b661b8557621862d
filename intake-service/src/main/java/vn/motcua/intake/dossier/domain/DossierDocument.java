package vn.motcua.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.intake.common.persistence.JdbcRows;

/**
 * A document component handed in with a dossier (an uploaded file's id for online submissions), or sent online later
 * when the agency asked for more.
 */
@Entity
@Table(name = "dossier_document")
public class DossierDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(name = "component_code", nullable = false)
    public String componentCode;

    @Column(name = "file_id")
    public String fileId;

    /** When the applicant sent it online as a supplement (form 02); null for the papers handed in with the dossier. */
    @Column(name = "supplied_at")
    public Instant suppliedAt;

    /**
     * New dossiers' documents in one multi-row insert: their IDENTITY ids keep Hibernate from batching them, and
     * nothing reads the ids back. Sent through JDBC: the caller flushes the dossiers' own inserts first (the
     * foreign key).
     */
    public static void insertAll(List<DossierDocument> documents) {
        for (int from = 0; from < documents.size(); from += ROWS_PER_INSERT) {
            List<DossierDocument> chunk = documents.subList(from, Math.min(documents.size(), from + ROWS_PER_INSERT));
            List<Object> values = new ArrayList<>(3 * chunk.size());
            for (DossierDocument d : chunk) {
                values.add(d.dossierCode);
                values.add(d.componentCode);
                values.add(d.fileId);
            }
            JdbcRows.update(
                    getEntityManager(),
                    "INSERT INTO dossier_document (dossier_code, component_code, file_id) VALUES "
                            + JdbcRows.values(chunk.size(), 3),
                    values);
        }
    }

    // A group commit's batch of 50 dossiers may hand in 2,500 documents: a statement's parameters stay bounded.
    private static final int ROWS_PER_INSERT = 500;

    public static List<DossierDocument> of(String dossierCode) {
        return list("dossierCode = ?1 order by id", dossierCode);
    }

    /** The documents of several dossiers, by dossier code, each list in the order they were handed in. */
    public static Map<String, List<DossierDocument>> ofAll(List<String> dossierCodes) {
        if (dossierCodes.isEmpty()) {
            return Map.of();
        }
        return DossierDocument.<DossierDocument>list("dossierCode in ?1 order by id", dossierCodes).stream()
                .collect(Collectors.groupingBy(d -> d.dossierCode));
    }
}
