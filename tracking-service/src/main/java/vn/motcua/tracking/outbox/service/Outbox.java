package vn.motcua.tracking.outbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import vn.motcua.tracking.common.persistence.JdbcRows;
import vn.motcua.tracking.outbox.domain.OutboxMessage;
import vn.motcua.tracking.outbox.domain.OutboxRecord;
import vn.motcua.tracking.outbox.messaging.OutboxRelay;

/**
 * Appends events to the outbox inside the caller's transaction, so the change and its events commit
 * together. The events of one transaction are written just before it commits, by Hibernate's own
 * before-completion step, as multi-row inserts in the order they were appended (their ids ascend in that
 * order, which is the order the relay publishes): a consumed poll of 50 dossiers writes its 50 events with
 * one statement instead of 50. Once the transaction has committed, the same rows go to the relay in memory.
 */
@ApplicationScoped
public class Outbox {
    private static final Object PENDING = Outbox.class.getName() + ".pending";
    private static final int ROWS_PER_INSERT = 200;

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final OutboxRelay relay;

    public Outbox(
            ObjectMapper json, TransactionSynchronizationRegistry transactions, EntityManager em, OutboxRelay relay) {
        this.json = json;
        this.transactions = transactions;
        this.em = em;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxMessage message) {
        String payload;
        try {
            payload = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event is not serialisable: " + message.type(), e);
        }
        pending()
                .add(new OutboxRecord(
                        message.eventId(), message.aggregateId(), message.type(), payload, message.occurredAt()));
    }

    private List<OutboxRecord> pending() {
        @SuppressWarnings("unchecked")
        List<OutboxRecord> rows = (List<OutboxRecord>) transactions.getResource(PENDING);
        if (rows == null) {
            List<OutboxRecord> created = new ArrayList<>();
            rows = created;
            transactions.putResource(PENDING, created);
            em.unwrap(SessionImplementor.class).getActionQueue().registerCallback((BeforeTransactionCompletionProcess)
                    session -> write(created));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.committed(created);
                    }
                }
            });
        }
        return rows;
    }

    private void write(List<OutboxRecord> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<OutboxRecord> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            List<Object> values = new ArrayList<>(5 * chunk.size());
            for (OutboxRecord r : chunk) {
                values.addAll(Arrays.asList(r.eventId(), r.aggregateId(), r.type(), r.payload(), r.createdAt()));
            }
            JdbcRows.update(
                    em,
                    "INSERT INTO outbox_event (event_id, aggregate_id, event_type, payload, created_at) VALUES "
                            + JdbcRows.values(chunk.size(), 5),
                    values);
        }
    }
}
