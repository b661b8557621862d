package vn.motcua.intake.portal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What intake holds of a dossier that the portal's record needs, read when a call is built (never copied into
 * the sync tables: the ID number stays in the dossier row).
 */
public record DossierFacts(
        String code,
        String agencyCode,
        String procedureCode,
        String procedureName,
        Optional<String> fieldCode,
        String channel,
        String applicantType,
        String applicantName,
        String idNumber,
        Instant submittedAt,
        Optional<Instant> appointmentAt,
        long feeVnd,
        List<Document> documents) {

    /** A component handed in: uploaded online (so digitised) or seen on paper at the counter. */
    public record Document(String componentCode, String componentName, Optional<String> fileId) {}
}
