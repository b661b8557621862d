package vn.motcua.tracking.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Keeps the stats_daily aggregate and its monthly rollup in the caller's transaction, so they always agree
 * with the dossiers. Counts are gathered per transaction and written just before it commits, one upsert per
 * row touched, in key order: a chunk of imported dossiers writes each row once, and concurrent transactions
 * lock the rows briefly and in the same order, so they do not deadlock.
 */
@ApplicationScoped
public class DailyStatistics {
    /** The counted things, each a column of stats_daily. */
    public enum Count {
        RECEIVED_ONLINE("received_online"),
        RECEIVED_COUNTER("received_counter"),
        RESOLVED_EARLY("resolved_early"),
        RESOLVED_ON_TIME("resolved_on_time"),
        RESOLVED_LATE("resolved_late"),
        WITHDRAWN("withdrawn"),
        SUSPENDED("suspended"),
        NOT_ACCEPTED("not_accepted"),
        RATED_VERY_SATISFIED("rated_very_satisfied"),
        RATED_SATISFIED("rated_satisfied"),
        RATED_DISSATISFIED("rated_dissatisfied"),
        COMPONENTS_RECEIVED("components_received"),
        COMPONENTS_DIGITISED("components_digitised");

        final String column;

        Count(String column) {
            this.column = column;
        }
    }

    private record Key(LocalDate day, String agency, String procedure, Count count) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = agency.compareTo(o.agency);
            c = c != 0 ? c : procedure.compareTo(o.procedure);
            c = c != 0 ? c : day.compareTo(o.day);
            return c != 0 ? c : count.compareTo(o.count);
        }
    }

    /** A row of stats_daily (a day) or stats_monthly (the month's first day), in the order locks are taken. */
    private record Row(LocalDate day, String agency, String procedure) implements Comparable<Row> {
        public int compareTo(Row o) {
            int c = agency.compareTo(o.agency);
            c = c != 0 ? c : procedure.compareTo(o.procedure);
            return c != 0 ? c : day.compareTo(o.day);
        }
    }

    private static final Object PENDING = DailyStatistics.class.getName() + ".pending";
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public DailyStatistics(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(LocalDate day, String agency, String procedure, Count count, int delta) {
        @SuppressWarnings("unchecked")
        Map<Key, Integer> pending = (Map<Key, Integer>) transactions.getResource(PENDING);
        if (pending == null) {
            Map<Key, Integer> created = new TreeMap<>();
            pending = created;
            transactions.putResource(PENDING, created);
            // Written by Hibernate's own before-completion step, on the session's connection before it is released.
            // (A JTA synchronization of ours ran after that release and took a second connection, which Agroal
            // then closed with "Closing open connection(s) prior to commit" on every transaction.)
            em.unwrap(SessionImplementor.class).getActionQueue().registerCallback((BeforeTransactionCompletionProcess)
                    session -> write(created));
        }
        pending.merge(new Key(day, agency, procedure, count), delta, Integer::sum);
    }

    private void write(Map<Key, Integer> pending) {
        // Months first (in key order), then days: every transaction takes the row locks in the same order. One
        // upsert per row touched, with all its counts: a received dossier's count and its components go together.
        Map<Row, Map<Count, Integer>> months = new TreeMap<>();
        Map<Row, Map<Count, Integer>> days = new TreeMap<>();
        pending.forEach((k, v) -> {
            Row day = new Row(k.day(), k.agency(), k.procedure());
            Row month = new Row(k.day().withDayOfMonth(1), k.agency(), k.procedure());
            days.computeIfAbsent(day, x -> new TreeMap<>()).merge(k.count(), v, Integer::sum);
            months.computeIfAbsent(month, x -> new TreeMap<>()).merge(k.count(), v, Integer::sum);
        });
        months.forEach((k, counts) -> upsert("stats_monthly", "month", k, counts));
        days.forEach((k, counts) -> upsert("stats_daily", "day", k, counts));
    }

    private void upsert(String table, String keyColumn, Row k, Map<Count, Integer> counts) {
        counts.values().removeIf(delta -> delta == 0);
        if (counts.isEmpty()) {
            return;
        }
        // Table and column names come from constants and the enum, never from input.
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder updates = new StringBuilder();
        int p = 4;
        for (Count c : counts.keySet()) {
            columns.append(", ").append(c.column);
            values.append(", ?").append(p);
            updates.append(updates.isEmpty() ? "" : ", ")
                    .append(c.column)
                    .append(" = ")
                    .append(c.column)
                    .append(" + ?")
                    .append(p++);
        }
        var q = em.createNativeQuery("INSERT INTO " + table + " (" + keyColumn + ", agency_code, procedure_code"
                        + columns + ") VALUES (?1, ?2, ?3" + values + ") ON DUPLICATE KEY UPDATE " + updates)
                .setParameter(1, k.day())
                .setParameter(2, k.agency())
                .setParameter(3, k.procedure());
        p = 4;
        for (int delta : counts.values()) {
            q.setParameter(p++, delta);
        }
        q.executeUpdate();
    }
}
