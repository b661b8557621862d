package vn.motcua.intake.dossier.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.catalogue.domain.CatalogueJson.Component;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.domain.Masking;

/** A dossier as its applicant and the agency's officers see it; ID number and phone are shown masked. */
public record DossierView(
        String code,
        Dossier.Status status,
        String statusLabel,
        int nationalStatus,
        Dossier.Channel channel,
        String agencyCode,
        String procedureCode,
        String procedureName,
        Applicant applicant,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime appointmentAt,
        boolean appointmentPending,
        List<Document> documents,
        String refusalReasons) {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record Applicant(Dossier.ApplicantType type, String fullName, String idNumber, String phone, String email) {}

    /**
     * A document as submitted; componentName is the catalogue's name for it (null if the version lacks it);
     * suppliedAt is when it was sent online as a supplement (null: handed in with the dossier).
     */
    public record Document(String componentCode, String componentName, String fileId, OffsetDateTime suppliedAt) {}

    /**
     * The view, with the names of the procedure version the dossier was submitted under: the procedure's and its
     * components' (a citizen or an officer reads names, not catalogue codes). Without the version, codes only.
     */
    public static DossierView of(
            Dossier d,
            List<DossierDocument> documents,
            Optional<ProcedureVersion> version,
            List<Component> components) {
        return new DossierView(
                d.code,
                d.status,
                d.status.label,
                d.status.nationalCode,
                d.channel,
                d.agencyCode,
                d.procedureCode,
                version.map(v -> v.name).orElse(null),
                new Applicant(
                        d.applicantType,
                        d.applicantName,
                        Masking.mask(d.applicantIdNumber, 3),
                        Masking.mask(d.applicantPhone, 3),
                        d.applicantEmail),
                local(d.submittedAt),
                local(d.receivedAt),
                local(d.appointmentAt),
                d.status == Dossier.Status.RECEIVED && d.appointmentAt == null,
                documents.stream()
                        .map(x -> new Document(
                                x.componentCode, name(components, x.componentCode), x.fileId, local(x.suppliedAt)))
                        .toList(),
                d.refusalReasons);
    }

    private static String name(List<Component> components, String code) {
        return components.stream()
                .filter(c -> c.code().equals(code))
                .map(Component::name)
                .findFirst()
                .orElse(null);
    }

    static OffsetDateTime local(Instant t) {
        return t == null ? null : t.atZone(VIETNAM).toOffsetDateTime();
    }
}
