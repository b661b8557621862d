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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gauges for Grafana, refreshed from one grouped query over open dossiers (index on ended_at): open by
 * holding agency, status and procedure, overdue now, due soon and the oldest overdue by agency. Every instance reports
 * the same numbers,
 * so dashboards take max() over instances, not sum().
 */
@ApplicationScoped
public class OpenDossierMetrics {
    private final EntityManager em;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;
    private final MultiGauge oldestOverdue;

    public OpenDossierMetrics(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        this.open = MultiGauge.builder("tracking_dossiers_open")
                .description("Open dossiers by holding agency and status")
                .register(registry);
        this.overdue = MultiGauge.builder("tracking_dossiers_overdue")
                .description("Open dossiers past their due time (not paused)")
                .register(registry);
        this.dueSoon = MultiGauge.builder("tracking_dossiers_due_soon")
                .description("Open dossiers in their due-soon window")
                .register(registry);
        this.oldestOverdue = MultiGauge.builder("tracking_oldest_overdue_seconds")
                .description("How long the agency's oldest overdue dossier has been past its due time")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(
            every = "${tracking.deadline-watch.every:60s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        try {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT holding_agency, status, procedure_code, COUNT(*),"
                            + " SUM(CASE WHEN paused_at IS NULL AND due_at < ?1 THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN due_soon_notified AND due_at >= ?1 THEN 1 ELSE 0 END),"
                            + " MAX(CASE WHEN paused_at IS NULL AND due_at < ?1 THEN TIMESTAMPDIFF(SECOND, "
                            + "due_at, ?1) END)"
                            + " FROM tracked_dossier WHERE ended_at IS NULL GROUP BY holding_agency, status, "
                            + "procedure_code")
                    .setParameter(1, now)
                    .getResultList();
            List<MultiGauge.Row<?>> openRows = new ArrayList<>();
            Map<String, long[]> byAgency = new HashMap<>();
            for (Object[] r : rows) {
                String agency = (String) r[0];
                openRows.add(MultiGauge.Row.of(
                        Tags.of("agency", agency, "status", (String) r[1], "procedure", (String) r[2]),
                        ((Number) r[3]).longValue()));
                long[] sums = byAgency.computeIfAbsent(agency, a -> new long[3]);
                sums[0] += ((Number) r[4]).longValue();
                sums[1] += ((Number) r[5]).longValue();
                if (r[6] != null) {
                    sums[2] = Math.max(sums[2], ((Number) r[6]).longValue());
                }
            }
            open.register(openRows, true);
            overdue.register(
                    byAgency.entrySet().stream()
                            .<MultiGauge.Row<?>>map(
                                    e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue()[0]))
                            .toList(),
                    true);
            dueSoon.register(
                    byAgency.entrySet().stream()
                            .<MultiGauge.Row<?>>map(
                                    e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue()[1]))
                            .toList(),
                    true);
            // Every agency has the series (0 when nothing is overdue), so the drill-down never shows "no data".
            oldestOverdue.register(
                    byAgency.entrySet().stream()
                            .<MultiGauge.Row<?>>map(
                                    e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue()[2]))
                            .toList(),
                    true);
        } catch (RuntimeException e) {
            Log.warnf("open-dossier gauges not refreshed: %s", e.toString());
        }
    }
}
