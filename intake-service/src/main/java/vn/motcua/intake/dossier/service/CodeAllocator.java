package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.hibernate.Session;
import vn.motcua.intake.dossier.domain.DossierCode;

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
        // One round trip: LAST_INSERT_ID(expr) makes the server return the new number with the upsert's answer.
        int value = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (?, ?, LAST_INSERT_ID(1))"
                            + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                upsert.setString(1, agencyCode);
                upsert.setObject(2, day);
                upsert.executeUpdate();
                try (ResultSet keys = upsert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the dossier number upsert returned no number");
                    }
                    return keys.getInt(1);
                }
            }
        });
        return new DossierCode(agencyCode, day, value);
    }
}
