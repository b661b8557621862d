package vn.motcua.tracking.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** Keeps the stats_daily aggregate and its monthly rollup, in the caller's transaction, so they always agree with the dossiers. */
@ApplicationScoped
public class DailyStatistics {
    /** The counted things, each a column of stats_daily. */
    public enum Count {
        RECEIVED_ONLINE("received_online"), RECEIVED_COUNTER("received_counter"),
        RESOLVED_EARLY("resolved_early"), RESOLVED_ON_TIME("resolved_on_time"), RESOLVED_LATE("resolved_late"),
        WITHDRAWN("withdrawn"), SUSPENDED("suspended"), NOT_ACCEPTED("not_accepted");

        final String column;

        Count(String column) {
            this.column = column;
        }
    }

    private final EntityManager em;

    public DailyStatistics(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(LocalDate day, String agency, String procedure, Count count, int delta) {
        upsert("stats_daily", "day", day, agency, procedure, count, delta);
        upsert("stats_monthly", "month", day.withDayOfMonth(1), agency, procedure, count, delta);
    }

    private void upsert(String table, String keyColumn, LocalDate key, String agency, String procedure, Count count, int delta) {
        // Table and column names come from constants and the enum, never from input.
        em.createNativeQuery("INSERT INTO " + table + " (" + keyColumn + ", agency_code, procedure_code, " + count.column
                        + ") VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE " + count.column + " = " + count.column + " + ?4")
                .setParameter(1, key).setParameter(2, agency).setParameter(3, procedure).setParameter(4, delta)
                .executeUpdate();
    }
}
