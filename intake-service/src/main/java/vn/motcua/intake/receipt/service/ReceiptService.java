package vn.motcua.intake.receipt.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.domain.Masking;
import vn.motcua.intake.dossier.domain.StatusEntry;
import vn.motcua.intake.receipt.domain.ReceiptSlip;

/** Gathers form 01's content from the dossier and the catalogue version it pinned. */
@ApplicationScoped
public class ReceiptService {
    private final CatalogueJson catalogue;

    public ReceiptService(CatalogueJson catalogue) {
        this.catalogue = catalogue;
    }

    public ReceiptSlip slip(Dossier d) {
        if (d.status != Dossier.Status.RECEIVED || d.receivedAt == null) {
            throw DomainException.conflict(
                    "Hồ sơ " + d.code + " chưa được tiếp nhận nên chưa có giấy tiếp nhận và hẹn trả kết quả.");
        }
        ProcedureVersion p = ProcedureVersion.findById(d.procedureVersionId);
        String agencyName = Agency.findByCode(d.agencyCode).map(a -> a.name).orElse(d.agencyCode);
        Map<String, CatalogueJson.Component> components = catalogue.components(p).stream()
                .collect(Collectors.toMap(CatalogueJson.Component::code, Function.identity()));
        var lines = DossierDocument.of(d.code).stream()
                .filter(doc -> doc.suppliedAt == null) // what was handed in, not the supplements sent later
                .map(doc -> {
                    var c = components.get(doc.componentCode);
                    return c == null
                            ? new ReceiptSlip.Line(doc.componentCode, 0, 0)
                            : new ReceiptSlip.Line(c.name(), c.originals(), c.copies());
                })
                .toList();
        String receivedBy = StatusEntry.<StatusEntry>find(
                        "dossierCode = ?1 and status = ?2", d.code, Dossier.Status.RECEIVED)
                .firstResultOptional()
                .map(e -> e.actorName != null ? e.actorName : e.actor)
                .orElse(d.createdBy);
        return new ReceiptSlip(
                d.code,
                agencyName,
                p.name,
                d.applicantType == Dossier.ApplicantType.CITIZEN,
                d.applicantName,
                Masking.mask(d.applicantIdNumber, 3),
                Masking.mask(d.applicantPhone, 3),
                Optional.ofNullable(d.applicantEmail),
                Optional.ofNullable(d.applicantAddress),
                lines,
                p.processingDays(d.channel == Dossier.Channel.ONLINE),
                d.receivedAt,
                Optional.ofNullable(d.appointmentAt),
                receivedBy);
    }
}
