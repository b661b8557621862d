package vn.motcua.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import vn.motcua.notification.common.persistence.SqlRows;
import vn.motcua.notification.delivery.domain.Delivery;

/**
 * The deliveries planned in a transaction, written just before it commits by Hibernate's own before-completion
 * step (after the flush of the recipients they belong to) as multi-row inserts: a consumed poll of 50 dossiers
 * writes its 100 deliveries with one statement, not 100 (their IDENTITY ids keep Hibernate from batching them).
 * They commit with the poll's inbox rows, or not at all. The ones due now are claimed by this instance and, once
 * committed, handed to its worker in memory ({@link ClaimedDeliveries}).
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
    private final ClaimedDeliveries claimed;
    private final DeliveryWorker worker;
    private final Clock clock;

    public PlannedDeliveries(
            TransactionSynchronizationRegistry transactions,
            EntityManager em,
            ClaimedDeliveries claimed,
            DeliveryWorker worker,
            Clock clock) {
        this.clock = clock;
        this.transactions = transactions;
        this.em = em;
        this.claimed = claimed;
        this.worker = worker;
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
            List<Delivery> claims = new ArrayList<>();
            rows = created;
            transactions.putResource(PENDING, created);
            em.unwrap(SessionImplementor.class).getActionQueue().registerCallback((BeforeTransactionCompletionProcess)
                    session -> claims.addAll(write(created)));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && !claims.isEmpty()) {
                        claimed.committed(claims);
                        worker.wake(); // committed: send now rather than at the next tick
                    }
                }
            });
        }
        return rows;
    }

    /** Writes the rows and returns the ones claimed for this instance's worker. */
    private List<Delivery> write(List<Delivery> rows) {
        List<Delivery> due =
                rows.stream().filter(d -> d.status == Delivery.Status.PENDING).toList();
        Optional<Instant> claim = due.isEmpty() || !worker.takesClaims()
                ? Optional.empty()
                : claimed.claimFor(due.size(), clock.instant());
        claim.ifPresent(until -> due.forEach(d -> d.nextAttemptAt = until));
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Delivery> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            Query insert = em.createNativeQuery("INSERT INTO delivery_log (" + COLUMNS + ") VALUES "
                    + SqlRows.values(chunk.size(), WIDTH) + " RETURNING id, event_id, channel");
            Map<String, Delivery> byKey = new HashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                Delivery d = chunk.get(i);
                byKey.put(d.eventId + "/" + d.channel.name(), d);
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
            // The ids let the worker mark its sends by primary key.
            @SuppressWarnings("unchecked")
            List<Object[]> keys = insert.getResultList();
            for (Object[] key : keys) {
                byKey.get(key[1] + "/" + key[2]).id = ((Number) key[0]).longValue();
            }
        }
        return claim.isPresent() ? due : List.of();
    }
}
