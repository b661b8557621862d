package vn.motcua.tracking.satisfaction.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.motcua.tracking.satisfaction.domain.RefusedDossier;
import vn.motcua.tracking.security.ApplicantIdHash;

/** Keeps what a rating needs of a dossier intake refused, in the transaction of the intake event batch. */
@ApplicationScoped
public class Refusals {
    private final ApplicantIdHash idHash;

    public Refusals(ApplicantIdHash idHash) {
        this.idHash = idHash;
    }

    /**
     * Which of these dossiers were refused already: one read, and only for a poll that carries a refusal. A refusal
     * comes once per dossier; a second one under another event id (a code reused on a shared topic, a replay) is the
     * same refusal and must not stop the consumer on the table's primary key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> alreadyRefused(Collection<String> codes) {
        return codes.isEmpty()
                ? List.of()
                : RefusedDossier.getEntityManager()
                        .createQuery("select r.code from RefusedDossier r where r.code in :codes", String.class)
                        .setParameter("codes", codes)
                        .getResultList();
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
