package vn.motcua.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A document component handed in with a dossier (an uploaded file's id for online submissions). */
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
