package vn.motcua.intake.dossier.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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
        Applicant applicant,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime appointmentAt,
        boolean appointmentPending,
        List<Document> documents,
        String refusalReasons) {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record Applicant(Dossier.ApplicantType type, String fullName, String idNumber, String phone, String email) {}

    public record Document(String componentCode, String fileId) {}

    public static DossierView of(Dossier d, List<DossierDocument> documents) {
        return new DossierView(
                d.code,
                d.status,
                d.status.label,
                d.status.nationalCode,
                d.channel,
                d.agencyCode,
                d.procedureCode,
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
                        .map(x -> new Document(x.componentCode, x.fileId))
                        .toList(),
                d.refusalReasons);
    }

    static OffsetDateTime local(Instant t) {
        return t == null ? null : t.atZone(VIETNAM).toOffsetDateTime();
    }
}
