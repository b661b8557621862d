package vn.motcua.intake.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.dossier.domain.Dossier;

/** Who may see a dossier: its applicant, or an officer or supervisor of the receiving agency (or of its successor). */
@RequestScoped
public class DossierAccess {
    private static final Logger LOG = Logger.getLogger(DossierAccess.class);
    private final Caller caller;
    private final CatalogueCache registry;
    private final ApplicantIdHash idHash;
    private final TrackingTimelineClient tracking;

    public DossierAccess(
            Caller caller,
            CatalogueCache registry,
            ApplicantIdHash idHash,
            @RestClient TrackingTimelineClient tracking) {
        this.caller = caller;
        this.registry = registry;
        this.idHash = idHash;
        this.tracking = tracking;
    }

    /** The dossier if the caller may see it; 404 otherwise, so codes of others' dossiers are not confirmed. */
    public Dossier visible(String code) {
        return Dossier.byCode(code)
                .filter(this::mayView)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
    }

    /**
     * As {@link #visible}, and also for an officer of the agency the dossier was handed over to, which only
     * tracking knows: it is asked with the caller's own token. Unreachable or refusing, the answer is no.
     */
    public Dossier visibleOrHeld(String code) {
        Dossier d =
                Dossier.byCode(code).orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
        if (mayView(d) || heldByCaller(code)) {
            return d;
        }
        throw DomainException.notFound("Không tìm thấy hồ sơ " + code + ".");
    }

    private boolean heldByCaller(String code) {
        if (!(caller.is("officer") || caller.is("supervisor"))
                || caller.bearer().isEmpty()) {
            return false;
        }
        try (Response answer = tracking.timeline(code, caller.bearer().get())) {
            return answer.getStatus() == 200;
        } catch (WebApplicationException refused) {
            // tracking's 403 or 404 arrive as exceptions from the client; its 5xx is an outage, said below.
            if (refused.getResponse().getStatus() >= 500) {
                LOG.warnf(
                        "tracking answered %d to confirm who holds %s, access denied",
                        refused.getResponse().getStatus(), code);
            }
            return false;
        } catch (RuntimeException down) {
            LOG.warnf("tracking unreachable to confirm who holds %s, access denied: %s", code, down.toString());
            return false;
        }
    }

    private boolean mayView(Dossier d) {
        return caller.worksAt(d.agencyCode)
                // A merged agency's dossiers are its successor's to see.
                || registry.agency(d.agencyCode)
                        .map(a -> a.successorCode)
                        .filter(caller::worksAt)
                        .isPresent()
                || caller.applicantId()
                        .filter(id -> idHash.matches(id, d.applicantIdHash))
                        .isPresent();
    }
}
