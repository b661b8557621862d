package vn.motcua.intake.dossier.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;

/** Builds a dossier's view with its procedure's names, read from memory (CatalogueCache, CatalogueJson). */
@ApplicationScoped
public class DossierViews {
    private final CatalogueCache catalogue;
    private final CatalogueJson json;

    public DossierViews(CatalogueCache catalogue, CatalogueJson json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    public DossierView of(Dossier d, List<DossierDocument> documents) {
        Optional<ProcedureVersion> version = catalogue.version(d.procedureVersionId);
        return DossierView.of(
                d, documents, version, version.map(json::components).orElse(List.of()));
    }
}
