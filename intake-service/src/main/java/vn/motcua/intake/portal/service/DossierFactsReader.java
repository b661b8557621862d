package vn.motcua.intake.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.common.persistence.JdbcRows;
import vn.motcua.intake.portal.domain.DossierFacts;

/**
 * intake's facts of several dossiers for the portal, in two reads: the dossiers and their documents (the procedure
 * versions they pinned come from the catalogue cache while they are current). The field code (mã lĩnh vực) is the
 * procedure's current one: it classifies the
 * procedure and never changes a deadline, so a rejected dossier can be resent once an administrator sets it.
 */
@ApplicationScoped
public class DossierFactsReader {
    private final EntityManager em;
    private final CatalogueJson catalogue;
    private final CatalogueCache cache;

    public DossierFactsReader(EntityManager em, CatalogueJson catalogue, CatalogueCache cache) {
        this.em = em;
        this.catalogue = catalogue;
        this.cache = cache;
    }

    /** The columns of a dossier the portal's record needs. */
    private record Row(
            String code,
            String agencyCode,
            String procedureCode,
            long procedureVersionId,
            String channel,
            String applicantType,
            String applicantName,
            String idNumber,
            Instant submittedAt,
            Optional<Instant> appointmentAt) {}

    /** A document handed in, of a dossier. */
    private record Doc(String dossierCode, String componentCode, Optional<String> fileId) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, DossierFacts> read(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        // Plain JDBC: a pass reads a hundred dossiers at a time, and as entities they cost the pass half its CPU.
        String in = JdbcRows.values(1, codes.size());
        List<Row> dossiers = JdbcRows.query(
                em,
                "SELECT code, agency_code, procedure_code, procedure_version_id, channel, applicant_type,"
                        + " applicant_name, applicant_id_number, submitted_at, appointment_at FROM dossier"
                        + " WHERE code IN " + in,
                codes,
                rs -> new Row(
                        rs.getString("code"),
                        rs.getString("agency_code"),
                        rs.getString("procedure_code"),
                        rs.getLong("procedure_version_id"),
                        rs.getString("channel"),
                        rs.getString("applicant_type"),
                        rs.getString("applicant_name"),
                        rs.getString("applicant_id_number"),
                        JdbcRows.instant(rs, "submitted_at").orElseThrow(),
                        JdbcRows.instant(rs, "appointment_at")));
        // Most dossiers pinned the version still current, which the catalogue cache holds: read only the others.
        Map<Long, ProcedureVersion> versions = new HashMap<>();
        dossiers.forEach(d -> cache.currentProcedure(d.procedureCode())
                .filter(p -> p.id == d.procedureVersionId())
                .ifPresent(p -> versions.put(p.id, p)));
        List<Long> older = dossiers.stream()
                .map(Row::procedureVersionId)
                .filter(id -> !versions.containsKey(id))
                .distinct()
                .toList();
        if (!older.isEmpty()) {
            ProcedureVersion.<ProcedureVersion>list("id in ?1", older).forEach(p -> versions.put(p.id, p));
        }
        Map<String, List<Doc>> documents = JdbcRows.query(
                        em,
                        "SELECT dossier_code, component_code, file_id FROM dossier_document WHERE dossier_code IN " + in
                                + " ORDER BY id",
                        codes,
                        rs -> new Doc(
                                rs.getString("dossier_code"),
                                rs.getString("component_code"),
                                Optional.ofNullable(rs.getString("file_id"))))
                .stream()
                .collect(Collectors.groupingBy(Doc::dossierCode));
        return dossiers.stream()
                .collect(Collectors.toMap(
                        Row::code,
                        d -> facts(
                                d, versions.get(d.procedureVersionId()), documents.getOrDefault(d.code(), List.of()))));
    }

    private DossierFacts facts(Row d, ProcedureVersion p, List<Doc> docs) {
        Map<String, String> names = catalogue.components(p).stream()
                .collect(Collectors.toMap(CatalogueJson.Component::code, CatalogueJson.Component::name, (a, b) -> a));
        Optional<String> fieldCode =
                cache.currentProcedure(p.code).map(c -> c.fieldCode).or(() -> Optional.ofNullable(p.fieldCode));
        return new DossierFacts(
                d.code(),
                d.agencyCode(),
                p.code,
                p.name,
                fieldCode,
                d.channel(),
                d.applicantType(),
                d.applicantName(),
                d.idNumber(),
                d.submittedAt(),
                d.appointmentAt(),
                p.feeVnd,
                docs.stream()
                        .map(x -> new DossierFacts.Document(
                                x.componentCode(),
                                names.getOrDefault(x.componentCode(), x.componentCode()),
                                x.fileId()))
                        .toList());
    }
}
