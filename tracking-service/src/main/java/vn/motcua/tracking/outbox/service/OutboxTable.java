package vn.motcua.tracking.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.motcua.tracking.outbox.domain.OutboxRecord;

/** The relay's statements on the outbox table, each in a transaction of its own. */
@ApplicationScoped
public class OutboxTable {
    private static final int IDS_PER_DELETE = 500;

    /** How many rows wait, the age of the oldest, the lowest and the highest id: one read per relay tick. */
    public record Backlog(long rows, Duration oldestAge, long minId, long maxId) {}

    private final EntityManager em;

    public OutboxTable(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims, reads and removes up to {@code limit} rows with ids up to {@code upToId}, in id order, with one
     * {@code DELETE … RETURNING}, and hands them to {@code publish} inside the transaction: the deletion commits
     * only if {@code publish} returns (the broker acknowledged), and a failure rolls it back.
     */
    @Transactional
    public List<OutboxRecord> publishOldest(long upToId, int limit, Consumer<List<OutboxRecord>> publish) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("DELETE FROM outbox_event WHERE id <= :upTo ORDER BY id LIMIT :limit"
                        + " RETURNING event_id, aggregate_id, event_type, payload, created_at")
                .setParameter("upTo", upToId)
                .setParameter("limit", limit)
                .getResultList();
        List<OutboxRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(new OutboxRecord(
                    (String) row[0], (String) row[1], (String) row[2], (String) row[3], toInstant(row[4])));
        }
        if (!records.isEmpty()) {
            publish.accept(records);
        }
        return records;
    }

    /** Removes rows the relay published from memory: one statement per 500 ids, one transaction for all. */
    @Transactional
    public void deletePublished(List<String> eventIds) {
        for (int from = 0; from < eventIds.size(); from += IDS_PER_DELETE) {
            List<String> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + IDS_PER_DELETE));
            Query delete = em.createNativeQuery(
                    "DELETE FROM outbox_event WHERE event_id IN (" + placeholders(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
        }
    }

    @Transactional
    public Backlog measure() {
        Object[] row =
                (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(created_at), MIN(id), MAX(id) FROM outbox_event")
                        .getSingleResult();
        Duration age = row[1] == null ? Duration.ZERO : Duration.between(toInstant(row[1]), Instant.now());
        return new Backlog(((Number) row[0]).longValue(), age, toLong(row[2]), toLong(row[3]));
    }

    private static String placeholders(int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sql.append(i == 1 ? "?" : ", ?").append(i);
        }
        return sql.toString();
    }

    private static long toLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.sql.Timestamp ts
                ? ts.toInstant()
                : value instanceof java.time.LocalDateTime ldt
                        ? java.sql.Timestamp.valueOf(ldt).toInstant()
                        : (Instant) value;
    }
}
