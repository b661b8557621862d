package vn.motcua.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.portal.service.SyncLedger;

/**
 * A pass's claim costs what it claims, not what the sync has ever done: with thousands of dossiers already on the
 * portal, claiming one due dossier steps through a handful of rows, not the table (MariaDB's Handler_read_next,
 * _prev and _rnd_next, counted on the claim's own connection).
 */
@QuarkusTest
class SyncClaimCostTest {
    private static final int SYNCED = 3_000;

    @Inject
    SyncLedger ledger;

    @Inject
    EntityManager em;

    @Test
    void claimingOneDueDossierDoesNotScanTheDossiersAlreadySynced() {
        String prefix = "SCAN-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String owner = prefix + "owner";
        // Inserted and claimed in one transaction, rolled back at the end: the sync worker never sees these rows.
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("INSERT INTO portal_dossier (dossier_code, agency_code, received_on, state, created,"
                            + " changes, next_attempt_at, synced_at) SELECT CONCAT(?1, seq), '000.00.12.H57',"
                            + " '2026-12-01', 'SYNCED', TRUE, 1, NOW(3), NOW(3) FROM seq_1_to_" + SYNCED)
                    .setParameter(1, prefix)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO portal_dossier (dossier_code, agency_code, received_on, state, changes,"
                            + " next_attempt_at, pending_since) VALUES (?1, '000.00.12.H57', '2026-12-01', 'PENDING',"
                            + " 1, '2000-01-01', '2000-01-01')")
                    .setParameter(1, prefix + "due")
                    .executeUpdate();
            long before = rowsStepped();
            List<SyncLedger.Claimed> claimed = ledger.claim(owner, Instant.now(), Duration.ofMinutes(1), 1);
            long scanned = rowsStepped() - before;

            assertEquals(1, claimed.size());
            assertEquals(prefix + "due", claimed.get(0).state().dossierCode());
            assertTrue(scanned < SYNCED / 3, "the claim stepped through " + scanned + " rows");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Rows this connection has stepped through: table scans (rnd_next) and index scans (next, prev). */
    private long rowsStepped() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SHOW SESSION STATUS WHERE Variable_name IN"
                        + " ('Handler_read_rnd_next', 'Handler_read_next', 'Handler_read_prev')")
                .getResultList();
        return rows.stream().mapToLong(r -> Long.parseLong(r[1].toString())).sum();
    }
}
