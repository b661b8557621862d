package vn.motcua.tracking.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.statistics.domain.StatisticsRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reports 06a/06b from the stats_daily aggregate and its monthly rollup: period sums, carried over = received − ended before the
 * period, in progress at its end = carried over + received − ended in it. Overdue at the end is read from the
 * dossiers that were ever past due (a small, indexed share of them).
 */
@ApplicationScoped
public class StatisticsReport {
    private static final String ENDED = "resolved_early + resolved_on_time + resolved_late + withdrawn + suspended";
    private final EntityManager em;
    private final CalendarService calendar;

    public StatisticsReport(EntityManager em, CalendarService calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    public record Report(LocalDate from, LocalDate to, Optional<String> agency, Optional<String> procedure,
                         List<StatisticsRow> rows, StatisticsRow total) {
    }

    private record Key(String agency, String procedure) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = agency.compareTo(o.agency);
            return c != 0 ? c : procedure.compareTo(o.procedure);
        }
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to, Optional<String> agency, Optional<String> procedure) {
        Map<Key, long[]> period = sums("SELECT agency_code, procedure_code, SUM(received_online), SUM(received_counter),"
                + " SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(withdrawn), SUM(suspended),"
                + " SUM(not_accepted) FROM stats_daily WHERE day BETWEEN :from AND :to", from, to, agency, procedure);
        // Before the period: whole months from the rollup, then the days of the period's first month.
        LocalDate month = from.withDayOfMonth(1);
        Map<Key, long[]> before = sums("SELECT agency_code, procedure_code, SUM(received_online + received_counter - ("
                + ENDED + ")) FROM stats_monthly WHERE month < :from", month, null, agency, procedure);
        sums("SELECT agency_code, procedure_code, SUM(received_online + received_counter - (" + ENDED
                + ")) FROM stats_daily WHERE day >= :from AND day < :to", month, from, agency, procedure)
                .forEach((k, v) -> before.merge(k, v, (a, b) -> new long[] {a[0] + b[0]}));
        Instant end = to.plusDays(1).atStartOfDay(calendar.settings().zone()).toInstant();
        Map<Key, long[]> overdue = sums("SELECT agency_code, procedure_code, COUNT(*) FROM tracked_dossier"
                + " WHERE overdue = TRUE AND due_at < :end AND (ended_at IS NULL OR ended_at >= :end)", end, null, agency, procedure);

        Map<Key, StatisticsRow> rows = new TreeMap<>();
        var keys = new java.util.TreeSet<Key>(period.keySet());
        keys.addAll(before.keySet());
        for (Key k : keys) {
            long[] p = period.getOrDefault(k, new long[8]);
            long carried = before.getOrDefault(k, new long[1])[0];
            long ended = p[2] + p[3] + p[4] + p[5] + p[6];
            long inProgress = carried + p[0] + p[1] - ended;
            long late = overdue.getOrDefault(k, new long[1])[0];
            if (carried == 0 && p[0] + p[1] + ended + p[7] == 0 && inProgress == 0) {
                continue;
            }
            rows.put(k, new StatisticsRow(k.agency, k.procedure, carried, p[0], p[1], p[2], p[3], p[4],
                    inProgress - late, late, p[5], p[6], p[7]));
        }
        StatisticsRow total = rows.values().stream().reduce(StatisticsRow.zero(agency.orElse(null), procedure.orElse(null)),
                (a, b) -> a.plus(b, a.agencyCode(), a.procedureCode()));
        return new Report(from, to, agency, procedure, List.copyOf(rows.values()), total);
    }

    private Map<Key, long[]> sums(String select, Object first, Object second, Optional<String> agency, Optional<String> procedure) {
        String sql = select + agency.map(a -> " AND agency_code = :agency").orElse("")
                + procedure.map(p -> " AND procedure_code = :procedure").orElse("") + " GROUP BY agency_code, procedure_code";
        Query q = em.createNativeQuery(sql);
        if (sql.contains(":end")) {
            q.setParameter("end", first);
        } else {
            q.setParameter("from", first);
            if (second != null) {
                q.setParameter("to", second);
            }
        }
        agency.ifPresent(a -> q.setParameter("agency", a));
        procedure.ifPresent(p -> q.setParameter("procedure", p));
        Map<Key, long[]> result = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            long[] values = new long[r.length - 2];
            for (int i = 2; i < r.length; i++) {
                values[i - 2] = r[i] == null ? 0 : ((Number) r[i]).longValue();
            }
            result.put(new Key((String) r[0], (String) r[1]), values);
        }
        return result;
    }
}
