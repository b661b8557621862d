package vn.motcua.intake.security;

import jakarta.enterprise.context.RequestScoped;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.dossier.domain.Dossier;

/** Who may see a dossier: its applicant, or an officer or supervisor of the receiving agency (or of its successor). */
@RequestScoped
public class DossierAccess {
    private final Caller caller;
    private final CatalogueCache registry;
    private final ApplicantIdHash idHash;

    public DossierAccess(Caller caller, CatalogueCache registry, ApplicantIdHash idHash) {
        this.caller = caller;
        this.registry = registry;
        this.idHash = idHash;
    }

    /** The dossier if the caller may see it; 404 otherwise, so codes of others' dossiers are not confirmed. */
    public Dossier visible(String code) {
        return Dossier.byCode(code)
                .filter(this::mayView)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
    }

    private boolean mayView(Dossier d) {
        return caller.worksAt(d.agencyCode)
                // A merged agency's dossiers are its successor's to see.
                || registry.agency(d.agencyCode)
                        .map(a -> a.successorCode)
                        .filter(caller::worksAt)
                        .isPresent()
                || caller.citizenId()
                        .filter(id -> idHash.matches(id, d.applicantIdHash))
                        .isPresent();
    }
}
