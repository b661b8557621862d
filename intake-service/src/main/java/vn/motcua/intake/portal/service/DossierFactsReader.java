package vn.motcua.intake.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.portal.domain.DossierFacts;

/**
 * intake's facts of several dossiers for the portal, in two reads: the dossiers and their documents (the procedure
 * versions they pinned come from the catalogue cache while they are current). The field code (mã lĩnh vực) is the
 * procedure's current one: it classifies the
 * procedure and never changes a deadline, so a rejected dossier can be resent once an administrator sets it.
 */
@ApplicationScoped
public class DossierFactsReader {
    private final CatalogueJson catalogue;
    private final CatalogueCache cache;

    public DossierFactsReader(CatalogueJson catalogue, CatalogueCache cache) {
        this.catalogue = catalogue;
        this.cache = cache;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, DossierFacts> read(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Dossier> dossiers = Dossier.list("code in ?1", codes);
        // Most dossiers pinned the version still current, which the catalogue cache holds: read only the others.
        Map<Long, ProcedureVersion> versions = new HashMap<>();
        dossiers.forEach(d -> cache.currentProcedure(d.procedureCode)
                .filter(p -> p.id.equals(d.procedureVersionId))
                .ifPresent(p -> versions.put(p.id, p)));
        List<Long> older = dossiers.stream()
                .map(d -> d.procedureVersionId)
                .filter(id -> !versions.containsKey(id))
                .distinct()
                .toList();
        if (!older.isEmpty()) {
            ProcedureVersion.<ProcedureVersion>list("id in ?1", older).forEach(p -> versions.put(p.id, p));
        }
        Map<String, List<DossierDocument>> documents = DossierDocument.ofAll(codes);
        return dossiers.stream()
                .collect(Collectors.toMap(
                        d -> d.code,
                        d -> facts(d, versions.get(d.procedureVersionId), documents.getOrDefault(d.code, List.of()))));
    }

    private DossierFacts facts(Dossier d, ProcedureVersion p, List<DossierDocument> docs) {
        Map<String, String> names = catalogue.components(p).stream()
                .collect(Collectors.toMap(CatalogueJson.Component::code, CatalogueJson.Component::name, (a, b) -> a));
        Optional<String> fieldCode =
                cache.currentProcedure(p.code).map(c -> c.fieldCode).or(() -> Optional.ofNullable(p.fieldCode));
        return new DossierFacts(
                d.code,
                d.agencyCode,
                p.code,
                p.name,
                fieldCode,
                d.channel.name(),
                d.applicantType.name(),
                d.applicantName,
                d.applicantIdNumber,
                d.submittedAt,
                Optional.ofNullable(d.appointmentAt),
                p.feeVnd,
                docs.stream()
                        .map(x -> new DossierFacts.Document(
                                x.componentCode,
                                names.getOrDefault(x.componentCode, x.componentCode),
                                Optional.ofNullable(x.fileId)))
                        .toList());
    }
}
