package vn.motcua.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import vn.motcua.notification.common.persistence.SqlRows;
import vn.motcua.notification.delivery.domain.Delivery;

/**
 * The deliveries planned in a transaction, written just before it commits by Hibernate's own before-completion
 * step (after the flush of the recipients they belong to) as multi-row inserts: a consumed poll of 50 dossiers
 * writes its 100 deliveries with one statement, not 100 (their IDENTITY ids keep Hibernate from batching them).
 * They commit with the poll's inbox rows, or not at all.
 */
@ApplicationScoped
public class PlannedDeliveries {
    private static final Object PENDING = PlannedDeliveries.class.getName() + ".pending";
    private static final int ROWS_PER_INSERT = 200;
    private static final String COLUMNS = "event_id, channel, dossier_code, agency_code, applicant_id_hash, template,"
            + " recipient_masked, status, attempts, created_at, address, subject, body, next_attempt_at";
    private static final int WIDTH = 14;

    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;

    public PlannedDeliveries(TransactionSynchronizationRegistry transactions, EntityManager em) {
        this.transactions = transactions;
        this.em = em;
    }

    /** Joins {@code d} to the current transaction's deliveries. */
    public void add(Delivery d) {
        pending().add(d);
    }

    private List<Delivery> pending() {
        @SuppressWarnings("unchecked")
        List<Delivery> rows = (List<Delivery>) transactions.getResource(PENDING);
        if (rows == null) {
            List<Delivery> created = new ArrayList<>();
            rows = created;
            transactions.putResource(PENDING, created);
            em.unwrap(SessionImplementor.class).getActionQueue().registerCallback((BeforeTransactionCompletionProcess)
                    session -> write(created));
        }
        return rows;
    }

    private void write(List<Delivery> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Delivery> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            Query insert = em.createNativeQuery(
                    "INSERT INTO delivery_log (" + COLUMNS + ") VALUES " + SqlRows.values(chunk.size(), WIDTH));
            for (int i = 0; i < chunk.size(); i++) {
                Delivery d = chunk.get(i);
                Object[] values = {
                    d.eventId,
                    d.channel.name(),
                    d.dossierCode,
                    d.agencyCode,
                    d.applicantIdHash,
                    d.template,
                    d.recipientMasked,
                    d.status.name(),
                    d.attempts,
                    d.createdAt,
                    d.address,
                    d.subject,
                    d.body,
                    d.nextAttemptAt
                };
                for (int j = 0; j < WIDTH; j++) {
                    insert.setParameter(WIDTH * i + j + 1, values[j]);
                }
            }
            insert.executeUpdate();
        }
    }
}
