package vn.motcua.intake.portal.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.intake.portal.domain.PortalDossier;
import vn.motcua.intake.portal.messaging.PortalGateway;

/**
 * The sync's metrics: calls by service and result, dossiers waiting (PENDING) and refused (REJECTED), and the age
 * of the oldest dossier not yet on the portal (the alert fires past 15 minutes). Gauges are read once per tick.
 */
@ApplicationScoped
public class SyncMetrics {
    private final MeterRegistry registry;
    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();

    public SyncMetrics(MeterRegistry registry, EntityManager em, Clock clock) {
        this.registry = registry;
        this.em = em;
        this.clock = clock;
        Gauge.builder("intake_portal_dossiers", pending, AtomicLong::get)
                .tag("state", PortalDossier.PENDING)
                .description("Dossiers with changes the national portal has not accepted yet")
                .register(registry);
        Gauge.builder("intake_portal_dossiers", rejected, AtomicLong::get)
                .tag("state", PortalDossier.REJECTED)
                .description("Dossiers the national portal refused, waiting for an administrator's resend")
                .register(registry);
        Gauge.builder("intake_portal_oldest_unsynced_age_seconds", oldestPendingMillis, a -> a.get() / 1000.0)
                .description("How long the oldest pending dossier has waited for the national portal")
                .register(registry);
    }

    void passed(List<SyncLedger.Result> results) {
        for (SyncLedger.Result r : results) {
            for (PortalGateway.Call c : r.calls()) {
                registry.counter(
                                "intake_portal_calls_total",
                                "service",
                                c.service(),
                                "result",
                                c.answer().kind().name())
                        .increment();
            }
            registry.counter(
                            "intake_portal_passes_total",
                            "end",
                            r.outcome().end().name())
                    .increment();
        }
    }

    /**
     * One statement: counts by state and the oldest pending, over the (state, next_attempt_at) index. Returns how
     * many are pending, so an idle tick claims nothing.
     */
    @Transactional
    long refresh() {
        long p = 0;
        long r = 0;
        Instant oldest = null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, COUNT(*), MIN(pending_since) FROM portal_dossier"
                        + " WHERE state <> 'SYNCED' GROUP BY state")
                .getResultList();
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            if (PortalDossier.PENDING.equals(row[0])) {
                p = n;
                oldest = instant(row[2]);
            } else if (PortalDossier.REJECTED.equals(row[0])) {
                r = n;
            }
        }
        pending.set(p);
        rejected.set(r);
        // clock.millis() of a clock ticking in microseconds divides by zero (Clock.tick): go through instant().
        oldestPendingMillis.set(
                oldest == null ? 0 : Math.max(0, clock.instant().toEpochMilli() - oldest.toEpochMilli()));
        return p;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return Timestamp.valueOf(t).toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
