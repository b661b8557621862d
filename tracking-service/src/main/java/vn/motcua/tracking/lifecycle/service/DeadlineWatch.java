package vn.motcua.tracking.lifecycle.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.lifecycle.messaging.StatusEvent;

/**
 * Publishes DOSSIER_OVERDUE once when an open dossier's due time passes, and DOSSIER_DUE_SOON once when it
 * enters its last working day(s) (tracking.calendar.due-soon-working-days). Paused dossiers are skipped: their
 * clock is stopped. Rows are taken with SKIP LOCKED, so several instances never publish the same one twice.
 */
@ApplicationScoped
public class DeadlineWatch {
    private static final int BATCH = 500;
    private final CalendarService calendar;
    private final Journal journal;
    private final Clock clock;

    public DeadlineWatch(CalendarService calendar, Journal journal, Clock clock) {
        this.calendar = calendar;
        this.journal = journal;
        this.clock = clock;
    }

    @Scheduled(
            every = "${tracking.deadline-watch.every:60s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int overdue;
            while ((overdue = markOverdue(clock.instant())) == BATCH) {
                Log.infof("deadline watch: %d more overdue, continuing", overdue);
            }
            // One pass: the earliest-due candidates come first, and the rest are seen at the next tick.
            markDueSoon(clock.instant());
        } catch (RuntimeException e) {
            Log.warnf("deadline watch failed, retries at the next tick: %s", e.toString());
        }
    }

    @Transactional
    public int markOverdue(Instant now) {
        List<TrackedDossier> due = locked("endedAt is null and overdue = false and status <> ?1 and dueAt < ?2", now);
        for (TrackedDossier d : due) {
            d.overdue = true;
            journal.record(d, StatusEvent.OVERDUE, now, Actor.system(d.holdingAgency), null, null);
        }
        return due.size();
    }

    @Transactional
    public int markDueSoon(Instant now) {
        int days = calendar.settings().dueSoonWorkingDays();
        // Coarse filter in SQL (a working day is never more than ~10 calendar days away), exact rule in Java.
        Instant horizon = now.plus(Duration.ofDays(10L * Math.max(1, days)));
        List<TrackedDossier> candidates = locked(
                "endedAt is null and dueSoonNotified = false and status <> ?1" + " and dueAt >= ?2 and dueAt < ?3",
                now,
                horizon);
        int marked = 0;
        for (TrackedDossier d : candidates) {
            var due = d.dueAt.atZone(calendar.settings().zone());
            if (!calendar.calculator().dueSoonFrom(due, days).toInstant().isAfter(now)) {
                d.dueSoonNotified = true;
                journal.record(d, StatusEvent.DUE_SOON, now, Actor.system(d.holdingAgency), null, null);
                marked++;
            }
        }
        return marked;
    }

    private static List<TrackedDossier> locked(String query, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = TrackedStatus.SUPPLEMENT_REQUESTED;
        System.arraycopy(params, 0, all, 1, params.length);
        // -2 is Hibernate's SKIP LOCKED timeout.
        return TrackedDossier.<TrackedDossier>find(query + " order by dueAt", all)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, BATCH)
                .list();
    }
}
