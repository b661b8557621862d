package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.intake.dossier.domain.DossierCode;

import java.time.LocalDate;

/**
 * Takes the next number of an agency's day inside the caller's transaction. The counter row stays locked
 * until that transaction ends, so numbers are unique across instances, and a rollback returns the number:
 * no gaps.
 */
@ApplicationScoped
public class CodeAllocator {
    private final EntityManager em;

    public CodeAllocator(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DossierCode next(String agencyCode, LocalDate day) {
        em.createNativeQuery("INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (?1, ?2, 1)"
                        + " ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, agencyCode).setParameter(2, day).executeUpdate();
        Number value = (Number) em.createNativeQuery(
                        "SELECT last_value FROM dossier_sequence WHERE agency_code = ?1 AND day = ?2")
                .setParameter(1, agencyCode).setParameter(2, day).getSingleResult();
        return new DossierCode(agencyCode, day, value.intValue());
    }
}
