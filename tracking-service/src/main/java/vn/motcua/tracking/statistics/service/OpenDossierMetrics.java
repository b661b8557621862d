package vn.motcua.tracking.statistics.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.tracking.statistics.config.OpenGaugeSettings;
import vn.motcua.tracking.statistics.domain.OpenDossierTally;

/**
 * Gauges for Grafana: open dossiers by holding agency, status and procedure; overdue now, due soon and the oldest
 * overdue by agency. Every instance reports the same numbers, so dashboards take max() over instances, not sum().
 *
 * <p>The open dossiers are read in slices along the index on (ended_at, due_at), a pause between slices. One
 * grouped query over all of them took 1.3-2 s of the database alone at 800,000 open (the bench's local stack),
 * 2-8 s under load, once a minute on every replica: a burst of slow requests each time. Sliced, the same reads
 * are spread over the minute. A dossier whose due time moves during a walk may be counted twice or not at all
 * in that one refresh.
 */
@ApplicationScoped
public class OpenDossierMetrics {
    private static final String OPEN = " FROM tracked_dossier WHERE ended_at IS NULL";
    private static final String AFTER = " AND (due_at > :afterDue OR (due_at = :afterDue AND code > :afterCode))";
    private static final String UP_TO = " AND (due_at < :upToDue OR (due_at = :upToDue AND code <= :upToCode))";

    /** A position in the index: a dossier's due time and code. */
    record Key(Object dueAt, String code) {}

    /** One slice, read in one transaction: where it ends (none: it is the last) and its rows. */
    record Slice(Optional<Key> upTo, List<OpenDossierTally.Row> rows) {}

    private final EntityManager em;
    private final OpenGaugeSettings settings;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;
    private final MultiGauge oldestOverdue;
    private volatile boolean stopping;

    public OpenDossierMetrics(EntityManager em, OpenGaugeSettings settings, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.settings = settings;
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
    void refresh() {
        try {
            walk(clock.instant(), settings.slice()).ifPresent(this::publish);
        } catch (RuntimeException e) {
            Log.warnf("open-dossier gauges not refreshed: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The figures at {@code now}, {@code slice} dossiers at a time; empty if the service began to stop meanwhile. */
    Optional<OpenDossierTally> walk(Instant now, int slice) throws InterruptedException {
        OpenDossierTally tally = new OpenDossierTally();
        Optional<Key> after = Optional.empty();
        do {
            Optional<Key> from = after;
            Slice read = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Key> upTo = sliceEnd(from, slice);
                return new Slice(upTo, tallied(now, from, upTo));
            });
            read.rows().forEach(tally::add);
            after = read.upTo();
            if (after.isPresent()) {
                Thread.sleep(settings.pause().toMillis());
            }
        } while (after.isPresent() && !stopping);
        return stopping ? Optional.empty() : Optional.of(tally);
    }

    /** The last dossier of the slice after {@code after} (an index-only read), or none: the rest is one slice. */
    private Optional<Key> sliceEnd(Optional<Key> after, int slice) {
        var query = em.createNativeQuery("SELECT due_at, code" + OPEN + (after.isPresent() ? AFTER : "")
                + " ORDER BY due_at, code LIMIT 1 OFFSET " + (slice - 1));
        after.ifPresent(k -> query.setParameter("afterDue", k.dueAt()).setParameter("afterCode", k.code()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> new Key(r[0], (String) r[1]));
    }

    private List<OpenDossierTally.Row> tallied(Instant now, Optional<Key> after, Optional<Key> upTo) {
        var query = em.createNativeQuery("SELECT holding_agency, status, procedure_code, COUNT(*),"
                + " SUM(CASE WHEN paused_at IS NULL AND due_at < :now THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN due_soon_notified AND due_at >= :now THEN 1 ELSE 0 END),"
                + " MAX(CASE WHEN paused_at IS NULL AND due_at < :now THEN TIMESTAMPDIFF(SECOND, due_at, :now) END)"
                + OPEN + (after.isPresent() ? AFTER : "") + (upTo.isPresent() ? UP_TO : "")
                + " GROUP BY holding_agency, status, procedure_code");
        query.setParameter("now", now);
        after.ifPresent(k -> query.setParameter("afterDue", k.dueAt()).setParameter("afterCode", k.code()));
        upTo.ifPresent(k -> query.setParameter("upToDue", k.dueAt()).setParameter("upToCode", k.code()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new OpenDossierTally.Row(
                        new OpenDossierTally.Group((String) r[0], (String) r[1], (String) r[2]),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        Optional.ofNullable((Number) r[6]).map(Number::longValue)))
                .toList();
    }

    private void publish(OpenDossierTally tally) {
        open.register(
                tally.open().entrySet().stream()
                        .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(
                                Tags.of(
                                        "agency", e.getKey().agency(),
                                        "status", e.getKey().status(),
                                        "procedure", e.getKey().procedure()),
                                e.getValue()))
                        .toList(),
                true);
        overdue.register(byAgency(tally.overdue()), true);
        dueSoon.register(byAgency(tally.dueSoon()), true);
        oldestOverdue.register(byAgency(tally.oldestOverdueSeconds()), true);
    }

    private static List<MultiGauge.Row<?>> byAgency(Map<String, Long> values) {
        return values.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("agency", e.getKey()), e.getValue()))
                .toList();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
