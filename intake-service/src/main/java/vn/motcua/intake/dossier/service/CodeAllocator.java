package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import vn.motcua.intake.dossier.domain.DossierCode;

/**
 * Takes the next numbers of an agency's day inside the caller's transaction. The counter row stays locked
 * until that transaction ends, so numbers are unique across instances, and a rollback returns the number:
 * no gaps.
 */
@ApplicationScoped
public class CodeAllocator {
    private final EntityManager em;

    public CodeAllocator(EntityManager em) {
        this.em = em;
    }

    /** The next {@code count} numbers of the day, in order, taken with one statement (a group commit's batch). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DossierCode> reserve(String agencyCode, LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        // One round trip: LAST_INSERT_ID(expr) makes the server return the last number with the upsert's answer.
        int last = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (?, ?, LAST_INSERT_ID(?))"
                            + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                upsert.setString(1, agencyCode);
                upsert.setObject(2, day);
                upsert.setInt(3, count);
                upsert.setInt(4, count);
                upsert.executeUpdate();
                try (ResultSet keys = upsert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the dossier number upsert returned no number");
                    }
                    return keys.getInt(1);
                }
            }
        });
        List<DossierCode> codes = new ArrayList<>(count);
        for (int value = last - count + 1; value <= last; value++) {
            codes.add(new DossierCode(agencyCode, day, value));
        }
        return codes;
    }
}
