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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gauges for Grafana, refreshed from one grouped query over open dossiers (index on ended_at): open by
 * holding agency and status, overdue now and due soon by agency. Every instance reports the same numbers,
 * so dashboards take max() over instances, not sum().
 */
@ApplicationScoped
public class OpenDossierMetrics {
    private final EntityManager em;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;

    public OpenDossierMetrics(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        this.open = MultiGauge.builder("tracking_dossiers_open").description("Open dossiers by holding agency and status").register(registry);
        this.overdue = MultiGauge.builder("tracking_dossiers_overdue").description("Open dossiers past their due time (not paused)").register(registry);
        this.dueSoon = MultiGauge.builder("tracking_dossiers_due_soon").description("Open dossiers in their due-soon window").register(registry);
    }

    @Scheduled(every = "${tracking.deadline-watch.every:60s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT holding_agency, status, COUNT(*),"
                            + " SUM(CASE WHEN paused_at IS NULL AND due_at < ?1 THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN due_soon_notified AND due_at >= ?1 THEN 1 ELSE 0 END)"
                            + " FROM tracked_dossier WHERE ended_at IS NULL GROUP BY holding_agency, status")
                    .setParameter(1, clock.instant()).getResultList();
            List<MultiGauge.Row<?>> openRows = new ArrayList<>();
            Map<String, long[]> byAgency = new HashMap<>();
            for (Object[] r : rows) {
                String agency = (String) r[0];
                openRows.add(MultiGauge.Row.of(Tags.of("agency", agency, "status", (String) r[1]), ((Number) r[2]).longValue()));
                long[] sums = byAgency.computeIfAbsent(agency, a -> new long[2]);
                sums[0] += ((Number) r[3]).longValue();
                sums[1] += ((Number) r[4]).longValue();
            }
            open.register(openRows, true);
            overdue.register(byAgency.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue()[0])).toList(), true);
            dueSoon.register(byAgency.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue()[1])).toList(), true);
        } catch (RuntimeException e) {
            Log.warnf("open-dossier gauges not refreshed: %s", e.toString());
        }
    }
}
