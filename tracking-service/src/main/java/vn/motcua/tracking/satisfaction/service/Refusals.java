package vn.motcua.tracking.satisfaction.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.tracking.satisfaction.domain.RefusedDossier;
import vn.motcua.tracking.security.ApplicantIdHash;

/** Keeps what a rating needs of a dossier intake refused, in the transaction of the intake event batch. */
@ApplicationScoped
public class Refusals {
    private final ApplicantIdHash idHash;

    public Refusals(ApplicantIdHash idHash) {
        this.idHash = idHash;
    }

    public void remember(
            String code,
            String agencyCode,
            String procedureCode,
            String procedureName,
            String applicantIdHash,
            Instant refusedAt) {
        if (applicantIdHash == null) {
            Log.warnf("refused dossier %s came without its applicant; it cannot be rated", code);
            return;
        }
        RefusedDossier r = new RefusedDossier();
        r.code = code;
        r.agencyCode = agencyCode;
        r.procedureCode = procedureCode;
        r.procedureName = procedureName;
        r.applicantIdHash = idHash.rekeyLegacy(applicantIdHash).orElse(applicantIdHash);
        r.refusedAt = refusedAt;
        r.persist();
    }
}
