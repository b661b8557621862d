package vn.motcua.tracking.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.statistics.domain.StatisticsRow;

/**
 * Reports 06a/06b from the stats_daily aggregate and its monthly rollup: period sums, carried over = received − ended
 * before the
 * period, in progress at its end = carried over + received − ended in it. Overdue at the end is read from the
 * dossiers that were ever past due (a small, indexed share of them).
 */
@ApplicationScoped
public class StatisticsReport {
    private static final String ENDED = "resolved_early + resolved_on_time + resolved_late + withdrawn + suspended";
    private static final String PERIOD =
            "SELECT agency_code, procedure_code, SUM(received_online), SUM(received_counter),"
                    + " SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(withdrawn), "
                    + "SUM(suspended), SUM(not_accepted)";
    private final EntityManager em;
    private final CalendarService calendar;

    public StatisticsReport(EntityManager em, CalendarService calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    public record Report(
            LocalDate from,
            LocalDate to,
            Optional<String> agency,
            Optional<String> procedure,
            List<StatisticsRow> rows,
            StatisticsRow total) {}

    private record Key(String agency, String procedure) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = agency.compareTo(o.agency);
            return c != 0 ? c : procedure.compareTo(o.procedure);
        }
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to, Optional<String> agency, Optional<String> procedure) {
        Map<Key, long[]> period = periodSums(from, to, agency, procedure);
        // Before the period: whole months from the rollup, then the days of the period's first month.
        LocalDate month = from.withDayOfMonth(1);
        Map<Key, long[]> before = sums(
                "SELECT agency_code, procedure_code, SUM(received_online + received_counter - (" + ENDED
                        + ")) FROM stats_monthly WHERE month < :a",
                month,
                month,
                agency,
                procedure);
        add(
                before,
                sums(
                        "SELECT agency_code, procedure_code, SUM(received_online + received_counter - (" + ENDED
                                + ")) FROM stats_daily WHERE day >= :a AND day < :b",
                        month,
                        from,
                        agency,
                        procedure));
        Instant end = to.plusDays(1).atStartOfDay(calendar.settings().zone()).toInstant();
        Map<Key, long[]> overdue = sums(
                "SELECT agency_code, procedure_code, COUNT(*) FROM tracked_dossier"
                        + " WHERE overdue = TRUE AND due_at < :a AND (ended_at IS NULL OR ended_at >= :a)",
                end,
                end,
                agency,
                procedure);

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
            rows.put(
                    k,
                    new StatisticsRow(
                            k.agency,
                            k.procedure,
                            carried,
                            p[0],
                            p[1],
                            p[2],
                            p[3],
                            p[4],
                            inProgress - late,
                            late,
                            p[5],
                            p[6],
                            p[7]));
        }
        StatisticsRow total = rows.values().stream()
                .reduce(
                        StatisticsRow.zero(agency.orElse(null), procedure.orElse(null)),
                        (a, b) -> a.plus(b, a.agencyCode(), a.procedureCode()));
        return new Report(from, to, agency, procedure, List.copyOf(rows.values()), total);
    }

    /** The period's counts: whole months inside it from the rollup, the days at either edge from stats_daily. */
    private Map<Key, long[]> periodSums(
            LocalDate from, LocalDate to, Optional<String> agency, Optional<String> procedure) {
        LocalDate firstFull =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterFull = to.plusDays(1).withDayOfMonth(1);
        boolean toEndsMonth = to.plusDays(1).getDayOfMonth() == 1;
        LocalDate lastFullMonth = toEndsMonth ? to.withDayOfMonth(1) : afterFull.minusMonths(1);
        if (lastFullMonth.isBefore(firstFull)) {
            return sums(PERIOD + " FROM stats_daily WHERE day BETWEEN :a AND :b", from, to, agency, procedure);
        }
        Map<Key, long[]> period = sums(
                PERIOD + " FROM stats_monthly WHERE month BETWEEN :a AND :b",
                firstFull,
                lastFullMonth,
                agency,
                procedure);
        add(
                period,
                sums(PERIOD + " FROM stats_daily WHERE day >= :a AND day < :b", from, firstFull, agency, procedure));
        add(
                period,
                sums(
                        PERIOD + " FROM stats_daily WHERE day >= :a AND day <= :b",
                        lastFullMonth.plusMonths(1),
                        to,
                        agency,
                        procedure));
        return period;
    }

    private static void add(Map<Key, long[]> into, Map<Key, long[]> more) {
        more.forEach((k, v) -> into.merge(k, v, (a, b) -> {
            long[] sum = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                sum[i] = a[i] + b[i];
            }
            return sum;
        }));
    }

    private Map<Key, long[]> sums(
            String select, Object a, Object b, Optional<String> agency, Optional<String> procedure) {
        String sql = select + agency.map(x -> " AND agency_code = :agency").orElse("")
                + procedure.map(x -> " AND procedure_code = :procedure").orElse("")
                + " GROUP BY agency_code, procedure_code";
        Query q = em.createNativeQuery(sql);
        q.setParameter("a", a);
        if (sql.contains(":b")) {
            q.setParameter("b", b);
        }
        agency.ifPresent(x -> q.setParameter("agency", x));
        procedure.ifPresent(x -> q.setParameter("procedure", x));
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
