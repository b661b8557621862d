package vn.motcua.tracking.lifecycle.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.messaging.StatusEvent;

/**
 * Escalation of hand-over steps (form 06), counted in working time: DOSSIER_STEP_OVERDUE once when a step passes
 * its own due time (the holding agency's supervisors are told), DOSSIER_STEP_DUE_SOON once when it comes within
 * {@code tracking.calendar.step-due-soon-working-hours} working hours of it (its officer is warned). A paused
 * dossier's step is left alone: its clock is stopped.
 */
@ApplicationScoped
public class StepWatch {
    private static final int BATCH = 500;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private final CalendarService calendar;
    private final Journal journal;
    private final Clock clock;

    public StepWatch(CalendarService calendar, Journal journal, Clock clock) {
        this.calendar = calendar;
        this.journal = journal;
        this.clock = clock;
    }

    @Scheduled(
            every = "${tracking.deadline-watch.every:60s}",
            delayed = "7s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            while (markOverdue(clock.instant()) == BATCH) {
                Log.info("step watch: more overdue steps, continuing");
            }
            markDueSoon(clock.instant());
        } catch (RuntimeException e) {
            Log.warnf("step watch failed, retries at the next tick: %s", e.toString());
        }
    }

    @Transactional
    public int markOverdue(Instant now) {
        int marked = 0;
        for (DossierStep s : locked("overdueNotified = false and dueAt < ?1", now)) {
            TrackedDossier d = TrackedDossier.<TrackedDossier>findById(s.dossierCode);
            s.overdueNotified = true;
            s.dueSoonNotified = true; // past it: a warning before would come too late
            journal.recordStep(
                    d, StatusEvent.STEP_OVERDUE, now, Actor.system(d.holdingAgency), describe(s, "đã quá hạn"), s);
            marked++;
        }
        return marked;
    }

    @Transactional
    public int markDueSoon(Instant now) {
        Duration warning = Duration.ofHours(calendar.settings().stepDueSoonWorkingHours());
        var zone = calendar.settings().zone();
        int marked = 0;
        // Coarse in SQL (working hours are never more than ~10 calendar days away), exact in working time.
        for (DossierStep s :
                locked("dueSoonNotified = false and dueAt >= ?1 and dueAt < ?2", now, now.plus(Duration.ofDays(10)))) {
            TrackedDossier d = TrackedDossier.<TrackedDossier>findById(s.dossierCode);
            if (calendar.calculator()
                            .workingTimeBetween(now.atZone(zone), s.dueAt.atZone(zone))
                            .compareTo(warning)
                    > 0) {
                continue;
            }
            s.dueSoonNotified = true;
            String who = s.toActor == null ? "" : " (cán bộ " + s.toActor + ")";
            journal.recordStep(
                    d,
                    StatusEvent.STEP_DUE_SOON,
                    now,
                    Actor.system(d.holdingAgency),
                    describe(s, "sắp đến hạn") + who,
                    s);
            marked++;
        }
        return marked;
    }

    private String describe(DossierStep s, String state) {
        return "Bước " + s.stepNo + " \"" + s.name + "\" " + state + ": hạn của bước "
                + SHOWN.format(s.dueAt.atZone(calendar.settings().zone()));
    }

    /**
     * The open steps matching {@code query}, each under its dossier's lock, taken first: the order every writer of a
     * step keeps (an officer's action, the deadline recompute). Taking the step first deadlocked with an officer's
     * action on the same dossier: the watch's history row waited (its foreign key) for the dossier the action held,
     * the action for the step the watch held. A dossier locked elsewhere waits for the next tick (SKIP LOCKED), which
     * also keeps replicas from publishing twice.
     */
    private static List<DossierStep> locked(String query, Object... params) {
        String open = "endedAt is null and " + query;
        var candidates = DossierStep.getEntityManager()
                .createQuery(
                        // Nearest due first: the due-soon check passes over steps not yet within its hours.
                        "select dossierCode from DossierStep where " + open
                                + " and dossierCode in (select t.code from TrackedDossier t where t.pausedAt is null)"
                                + " order by dueAt",
                        String.class)
                .setMaxResults(BATCH);
        for (int i = 0; i < params.length; i++) {
            candidates.setParameter(i + 1, params[i]);
        }
        List<String> codes = candidates.getResultList();
        if (codes.isEmpty()) {
            return List.of();
        }
        // -2 is Hibernate's SKIP LOCKED timeout.
        List<String> held = TrackedDossier.<TrackedDossier>find("code in ?1 and pausedAt is null", codes)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .list()
                .stream()
                .map(d -> d.code)
                .toList();
        if (held.isEmpty()) {
            return List.of();
        }
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = held;
        // Read again under the dossiers' locks: an action may have ended or moved a step since the first read.
        return DossierStep.<DossierStep>find(open + " and dossierCode in ?" + all.length + " order by dueAt", all)
                .list();
    }
}
