package vn.motcua.notification.agency.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which agency's mailbox receives an agency's warnings: its own, or after a merger its successor's (following a
 * chain of mergers). The table is tiny and changes a few times a year: it is read whole and kept until a merger
 * is applied on this instance, or for a minute (another instance's merger).
 */
@ApplicationScoped
public class AgencyMailboxes {
    private static final long TTL_NANOS = 60_000_000_000L;
    private final EntityManager em;
    private volatile Map<String, String> successors;
    private volatile long loadedAt;

    public AgencyMailboxes(EntityManager em) {
        this.em = em;
    }

    /** The agency whose mailbox stands for {@code agency} today. */
    public String mailboxOf(String agency) {
        Map<String, String> s = successors();
        String current = agency;
        for (int i = 0; i < 10 && s.containsKey(current); i++) { // a chain of mergers, never a loop
            current = s.get(current);
        }
        return current;
    }

    /** AGENCY_MERGED, in the consuming transaction: the successor takes the mailbox and the dossiers' recipients. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(String agency, String successor, Instant at) {
        em.createNativeQuery("INSERT INTO agency_successor (agency_code, successor_code, merged_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE successor_code = VALUES(successor_code)")
                .setParameter(1, agency)
                .setParameter(2, successor)
                .setParameter(3, at)
                .executeUpdate();
        int recipients = em.createNativeQuery("UPDATE recipient SET agency_code = ?2 WHERE agency_code = ?1")
                .setParameter(1, agency)
                .setParameter(2, successor)
                .executeUpdate();
        successors = null; // read again on next use (after this commits)
        Log.infof("agency %s merged into %s: its mailbox and %d recipients follow", agency, successor, recipients);
    }

    private Map<String, String> successors() {
        Map<String, String> s = successors;
        if (s == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("SELECT agency_code, successor_code FROM agency_successor")
                            .getResultList());
            Map<String, String> loaded = new HashMap<>();
            rows.forEach(r -> loaded.put((String) r[0], (String) r[1]));
            successors = loaded;
            loadedAt = System.nanoTime();
            s = loaded;
        }
        return s;
    }
}
