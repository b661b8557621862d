package vn.motcua.tracking.statistics.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.tracking.calendar.service.CalendarService;

/**
 * The province overview's business figures as gauges read from the statistics aggregate, so they survive
 * restarts and agree with report 06a: received today by channel, resolved today and this month by outcome
 * (the on-time rate is early + on time over all resolved). Counters in a process would restart at zero and
 * miss their first increment in Prometheus' increase().
 */
@ApplicationScoped
public class DailyFigureMetrics {
    private final EntityManager em;
    private final Clock clock;
    private final CalendarService calendar;
    private final MultiGauge receivedToday;
    private final MultiGauge resolvedToday;
    private final MultiGauge resolvedMonth;

    public DailyFigureMetrics(EntityManager em, Clock clock, CalendarService calendar, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        this.calendar = calendar;
        this.receivedToday = MultiGauge.builder("tracking_received_today")
                .description("Dossiers received today (local day) by agency and channel")
                .register(registry);
        this.resolvedToday = MultiGauge.builder("tracking_resolved_today")
                .description("Dossiers resolved today by agency and outcome")
                .register(registry);
        this.resolvedMonth = MultiGauge.builder("tracking_resolved_month")
                .description("Dossiers resolved this month so far by agency and outcome")
                .register(registry);
    }

    @Scheduled(
            every = "${tracking.deadline-watch.every:60s}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(calendar.settings().zone()));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT agency_code, day = ?1,"
                            + " SUM(received_online), SUM(received_counter),"
                            + " SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late)"
                            + " FROM stats_daily WHERE day BETWEEN ?2 AND ?1 GROUP BY agency_code, day = ?1")
                    .setParameter(1, today)
                    .setParameter(2, today.withDayOfMonth(1))
                    .getResultList();
            List<MultiGauge.Row<?>> received = new ArrayList<>();
            List<MultiGauge.Row<?>> resolved = new ArrayList<>();
            java.util.Map<String, long[]> month = new java.util.TreeMap<>();
            for (Object[] r : rows) {
                String agency = (String) r[0];
                boolean isToday = ((Number) r[1]).intValue() == 1;
                long[] m = month.computeIfAbsent(agency, a -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    m[i] += ((Number) r[4 + i]).longValue();
                }
                if (isToday) {
                    received.add(row(agency, "channel", "ONLINE", r[2]));
                    received.add(row(agency, "channel", "COUNTER", r[3]));
                    resolved.add(row(agency, "outcome", "EARLY", r[4]));
                    resolved.add(row(agency, "outcome", "ON_TIME", r[5]));
                    resolved.add(row(agency, "outcome", "LATE", r[6]));
                }
            }
            List<MultiGauge.Row<?>> monthRows = new ArrayList<>();
            month.forEach((agency, m) -> {
                monthRows.add(row(agency, "outcome", "EARLY", m[0]));
                monthRows.add(row(agency, "outcome", "ON_TIME", m[1]));
                monthRows.add(row(agency, "outcome", "LATE", m[2]));
            });
            receivedToday.register(received, true);
            resolvedToday.register(resolved, true);
            resolvedMonth.register(monthRows, true);
        } catch (RuntimeException e) {
            Log.warnf("daily figure gauges not refreshed: %s", e.toString());
        }
    }

    private static MultiGauge.Row<?> row(String agency, String key, String value, Object n) {
        return MultiGauge.Row.of(Tags.of("agency", agency, key, value), ((Number) n).longValue());
    }
}
