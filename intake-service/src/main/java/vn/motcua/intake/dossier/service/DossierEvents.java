package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.messaging.DossierEvent;

/** The events intake publishes about a dossier: what its consumers print on forms and messages. */
@ApplicationScoped
public class DossierEvents {
    private final CatalogueJson catalogue;

    public DossierEvents(CatalogueJson catalogue) {
        this.catalogue = catalogue;
    }

    /** The receiving agency's name for events: consumers print it on forms and messages. */
    static String agencyName(String agencyCode) {
        return Agency.findByCode(agencyCode).map(a -> a.name).orElse(agencyCode);
    }

    DossierEvent event(
            Dossier d, ProcedureVersion p, String agencyName, String type, Instant at, List<String> reasons) {
        boolean received = d.status == Dossier.Status.RECEIVED;
        return new DossierEvent(
                DossierEvent.newId(),
                type,
                d.code,
                at,
                d.status.nationalCode,
                d.agencyCode,
                agencyName,
                p.code,
                p.version,
                p.name,
                d.channel.name(),
                new DossierEvent.Applicant(
                        d.applicantType.name(), d.applicantName, d.applicantEmail, d.applicantPhone, d.applicantIdHash),
                d.receivedAt,
                d.appointmentAt,
                received
                        ? p.processingDays(d.channel == Dossier.Channel.ONLINE)
                                .stripTrailingZeros()
                                .toPlainString()
                        : null,
                received ? p.supplementPolicy.name() : null,
                received
                        ? catalogue.steps(p).stream()
                                .map(s -> new DossierEvent.Step(s.name(), s.workingDays()))
                                .toList()
                        : null,
                reasons.isEmpty() ? null : reasons,
                received && d.componentsReceived != null
                        ? new DossierEvent.Components(d.componentsReceived, d.componentsDigitised)
                        : null);
    }
}
