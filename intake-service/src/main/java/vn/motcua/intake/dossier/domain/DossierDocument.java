package vn.motcua.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

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
}
