package vn.motcua.tracking.lifecycle.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import vn.motcua.tracking.calendar.domain.CalendarChange;
import vn.motcua.tracking.calendar.domain.DeadlineReplay;
import vn.motcua.tracking.calendar.domain.DeadlineReplay.Pause;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.persistence.CommittedCounters;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/**
 * Moves open deadlines after a year's calendar changed (a day off declared or withdrawn after receipt): every open
 * dossier whose clock counts a changed day gets its legal due date, and its open step's, computed again from its
 * receipt, budget and ended pauses under the new table, in either direction. Batches of {@value BATCH} dossiers in
 * code order, each in one transaction with the change's cursor, so a crash resumes after the last committed batch
 * and no dossier is moved twice. Ended dossiers are never touched: their outcomes stay as judged.
 */
@ApplicationScoped
public class DeadlineRecompute {
    static final int BATCH = 500;
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private final CalendarService calendar;
    private final Journal journal;
    private final CommittedCounters counters;
    private final Clock clock;
    private final ManagedExecutor executor;
    private final boolean enabled;

    public DeadlineRecompute(
            CalendarService calendar,
            Journal journal,
            CommittedCounters counters,
            Clock clock,
            ManagedExecutor executor,
            @ConfigProperty(name = "tracking.deadline-recompute.start-on-change") boolean enabled) {
        this.executor = executor;
        this.enabled = enabled;
        this.calendar = calendar;
        this.journal = journal;
        this.counters = counters;
        this.clock = clock;
    }

    /** Starts at once after the table's transaction commits, off the request's thread; the tick is the fallback. */
    void onDaysChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarService.DaysChanged changed) {
        if (enabled) {
            executor.execute(this::tick);
        }
    }

    // The poll only resumes a change cut short by a crash (or started on a replica that stopped): one read a minute.
    @Scheduled(
            every = "${tracking.deadline-recompute.every:60s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            runPending();
        } catch (RuntimeException e) {
            Log.warnf("deadline recomputation stopped, resumes at the next tick from its last batch: %s", e.toString());
        }
    }

    /** Works through every running change, oldest first, a batch per transaction. */
    public void runPending() {
        List<Long> running = QuarkusTransaction.requiringNew()
                .call(() ->
                        CalendarChange.<CalendarChange>list("status = ?1 order by id", CalendarChange.RUNNING).stream()
                                .map(c -> c.id)
                                .toList());
        for (long id : running) {
            while (nextBatch(id)
                    .filter(c -> CalendarChange.RUNNING.equals(c.status))
                    .isPresent()) {
                // the loop goes on from the cursor the batch committed
            }
        }
    }

    /**
     * One batch of a running change, committed with its cursor; empty when the change is done or another replica
     * holds it (SKIP LOCKED: that one works on it, this one looks again at its next tick).
     */
    public Optional<CalendarChange> nextBatch(long changeId) {
        Optional<CalendarChange> c = QuarkusTransaction.requiringNew().call(() -> batch(changeId));
        c.ifPresent(x -> Log.infof(
                "calendar change %d (%d, days %s): %d open dossiers examined, %d moved so far%s",
                x.id,
                x.year,
                x.changedDays,
                x.examined,
                x.moved,
                CalendarChange.DONE.equals(x.status) ? "; done" : ""));
        return c;
    }

    private Optional<CalendarChange> batch(long changeId) {
        Optional<CalendarChange> running = CalendarChange.<CalendarChange>find(
                        "id = ?1 and status = ?2", changeId, CalendarChange.RUNNING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .firstResultOptional();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        CalendarChange c = running.get();
        calendar.forget(c.year); // stored on another replica, maybe seconds ago
        SortedSet<LocalDate> changed = c.days();
        ZoneId zone = calendar.settings().zone();
        // Coarse filter in SQL: due on or after the first changed day, received before the day after the last one.
        List<TrackedDossier> batch = TrackedDossier.<TrackedDossier>find(
                        "endedAt is null and code > ?1 and dueAt >= ?2 and receivedAt < ?3 order by code",
                        c.cursorCode,
                        changed.first().atStartOfDay(zone).toInstant(),
                        changed.last().plusDays(1).atStartOfDay(zone).toInstant())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, BATCH)
                .list();
        if (!batch.isEmpty()) {
            c.moved += move(batch, changed, c.id, zone);
            c.examined += batch.size();
            c.cursorCode = batch.get(batch.size() - 1).code;
        }
        if (batch.size() < BATCH) {
            c.status = CalendarChange.DONE;
            c.finishedAt = clock.instant();
        }
        return Optional.of(c);
    }

    private int move(List<TrackedDossier> batch, SortedSet<LocalDate> changed, long changeId, ZoneId zone) {
        DeadlineReplay replay = new DeadlineReplay(calendar.calculator());
        List<String> codes = batch.stream().map(d -> d.code).toList();
        Map<String, List<Pause>> pauses = endedPauses(codes, zone);
        Map<String, DossierStep> steps =
                DossierStep.<DossierStep>list("dossierCode in ?1 and endedAt is null", codes).stream()
                        .collect(Collectors.toMap(s -> s.dossierCode, s -> s, (a, b) -> a));
        Instant now = clock.instant();
        int moved = 0;
        for (TrackedDossier d : batch) {
            List<Pause> own = pauses.getOrDefault(d.code, List.of());
            Optional.ofNullable(steps.get(d.code)).ifPresent(s -> moveStep(s, replay, changed, own, zone));
            ZonedDateTime received = d.receivedAt.atZone(zone);
            ZonedDateTime oldDue = d.dueAt.atZone(zone);
            if (!DeadlineReplay.crosses(received.toLocalDate(), oldDue.toLocalDate(), changed)) {
                continue;
            }
            ZonedDateTime newDue = replay.due(received, sessions(d.workingDays), own, d.supplementPolicy);
            if (newDue.toInstant().equals(d.dueAt)) {
                continue;
            }
            d.dueAt = newDue.toInstant();
            d.overdue = d.overdue
                    && !d.dueAt.isAfter(now); // a later date lifts an overdue flag; an earlier one is watched again
            d.dueSoonNotified = d.dueSoonNotified
                    && !calendar.calculator()
                            .dueSoonFrom(newDue, calendar.settings().dueSoonWorkingDays())
                            .toInstant()
                            .isAfter(now);
            journal.recordDeadlineChange(
                    d,
                    now,
                    oldDue.toInstant(),
                    Optional.of(changeId),
                    "Hạn giải quyết chuyển từ " + SHOWN.format(oldDue) + " sang " + SHOWN.format(newDue)
                            + " do lịch làm việc năm " + newDue.getYear() + " được điều chỉnh");
            counters.increment("tracking_deadlines_moved_total", "agency", d.holdingAgency);
            moved++;
        }
        return moved;
    }

    private void moveStep(
            DossierStep s, DeadlineReplay replay, SortedSet<LocalDate> changed, List<Pause> pauses, ZoneId zone) {
        ZonedDateTime started = s.startedAt.atZone(zone);
        if (DeadlineReplay.crosses(started.toLocalDate(), s.dueAt.atZone(zone).toLocalDate(), changed)) {
            // Only the pauses that ran while this step was open moved its date.
            List<Pause> during =
                    pauses.stream().filter(p -> !p.pausedAt().isBefore(started)).toList();
            s.dueAt = replay.due(started, sessions(s.workingDays), during).toInstant();
        }
    }

    /** Supplement pauses that have ended, per dossier, from the history in one query. */
    private static Map<String, List<Pause>> endedPauses(List<String> codes, ZoneId zone) {
        Map<String, List<Pause>> pauses = new HashMap<>();
        Map<String, Instant> open = new HashMap<>();
        HistoryEntry.<HistoryEntry>list(
                        "dossierCode in ?1 and type in ?2 order by dossierCode, id",
                        codes,
                        List.of("DOSSIER_SUPPLEMENT_REQUESTED", "DOSSIER_SUPPLEMENT_RECEIVED"))
                .forEach(h -> {
                    if (h.type.equals("DOSSIER_SUPPLEMENT_REQUESTED")) {
                        open.put(h.dossierCode, h.at);
                    } else if (open.containsKey(h.dossierCode)) {
                        pauses.computeIfAbsent(h.dossierCode, k -> new ArrayList<>())
                                .add(new Pause(open.remove(h.dossierCode).atZone(zone), h.at.atZone(zone)));
                    }
                });
        return pauses;
    }

    private static int sessions(BigDecimal workingDays) {
        return workingDays.multiply(BigDecimal.valueOf(2)).intValueExact();
    }
}
