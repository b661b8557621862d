package vn.motcua.intake.portal.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.StatusEntry;
import vn.motcua.intake.dossier.messaging.DossierEvent;
import vn.motcua.intake.portal.config.PortalSettings;

/**
 * Queues the dossiers received before the sync was switched on, from a date: a bounded batch per step, in code
 * order, the cursor moved in the same transaction as the batch's queueing, so a crash resumes where it stopped
 * and never queues a dossier twice. intake's own history is replayed (submitted, received, not accepted);
 * tracking's later events follow as they come.
 */
@ApplicationScoped
public class PortalBackfill {
    /** Where a backfill stands. */
    public record Progress(
            long id,
            LocalDate from,
            String state,
            int scanned,
            int queued,
            String cursor,
            Instant startedAt,
            Instant updatedAt) {}

    private static final Map<Dossier.Status, String> TYPE = Map.of(
            Dossier.Status.NEW,
            DossierEvent.SUBMITTED,
            Dossier.Status.RECEIVED,
            DossierEvent.RECEIVED,
            Dossier.Status.NOT_ACCEPTED,
            DossierEvent.NOT_ACCEPTED);

    private final EntityManager em;
    private final PortalQueue queue;
    private final PortalSettings settings;
    private final Clock clock;

    public PortalBackfill(EntityManager em, PortalQueue queue, PortalSettings settings, Clock clock) {
        this.em = em;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public long start(LocalDate from, String by) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO portal_backfill (from_date, state, started_at, updated_at, started_by)"
                        + " VALUES (?1, 'RUNNING', ?2, ?2, ?3)")
                .setParameter(1, from)
                .setParameter(2, now)
                .setParameter(3, by)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Log.infof("portal backfill %d from %s started by %s", id, from, by);
        return id;
    }

    @Transactional
    public Optional<Progress> progress(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, from_date, state, scanned, queued, cursor_code,"
                        + " started_at, updated_at FROM portal_backfill WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Progress(
                        ((Number) r[0]).longValue(),
                        date(r[1]),
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        (String) r[5],
                        instant(r[6]),
                        instant(r[7])));
    }

    /** Started here: begin at once; a backfill started on another replica (or cut by a crash) is found by the poll. */
    public void startNow() {
        CompletableFuture.runAsync(this::run);
    }

    @Scheduled(
            every = "10s",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = PortalSyncWorker.Disabled.class)
    void run() {
        try {
            while (step()) {
                // one batch per transaction until the running backfill is done
            }
        } catch (RuntimeException e) {
            Log.warnf("portal backfill paused, will resume: %s", e.getMessage());
        }
    }

    /** One batch of the oldest running backfill (another replica's is skipped); false when none is left. */
    @Transactional
    boolean step() {
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery("SELECT id, from_date, cursor_code FROM portal_backfill"
                        + " WHERE state = 'RUNNING' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (running.isEmpty()) {
            return false;
        }
        long id = ((Number) running.get(0)[0]).longValue();
        LocalDate from = date(running.get(0)[1]);
        String cursor = (String) running.get(0)[2];
        List<Dossier> batch = Dossier.find(
                        "submittedAt >= ?1 and code > ?2 order by code",
                        from.atStartOfDay(PortalQueue.VIETNAM).toInstant(),
                        cursor)
                .page(0, settings.backfillBatch())
                .list();
        List<String> codes = batch.stream().map(d -> d.code).toList();
        @SuppressWarnings("unchecked")
        List<String> known = codes.isEmpty()
                ? List.of()
                : em.createNativeQuery("SELECT dossier_code FROM portal_dossier WHERE dossier_code IN (:codes)")
                        .setParameter("codes", codes)
                        .getResultList();
        Map<String, List<StatusEntry>> history = codes.isEmpty()
                ? Map.of()
                : StatusEntry.<StatusEntry>list("dossierCode in ?1 order by id", codes).stream()
                        .collect(Collectors.groupingBy(e -> e.dossierCode));
        int queued = 0;
        for (Dossier d : batch) {
            if (known.contains(d.code)) {
                continue;
            }
            for (StatusEntry e : history.getOrDefault(d.code, List.of())) {
                queue.intakeChange(
                        d.code, d.agencyCode, d.submittedAt, TYPE.get(e.status), e.status.nationalCode, e.at);
            }
            queued++;
        }
        boolean done = batch.size() < settings.backfillBatch();
        em.createNativeQuery(
                        "UPDATE portal_backfill SET cursor_code = ?1, scanned = scanned + ?2, queued = queued + ?3,"
                                + " state = ?4, updated_at = ?5 WHERE id = ?6")
                .setParameter(1, codes.isEmpty() ? cursor : codes.get(codes.size() - 1))
                .setParameter(2, batch.size())
                .setParameter(3, queued)
                .setParameter(4, done ? "DONE" : "RUNNING")
                .setParameter(5, clock.instant())
                .setParameter(6, id)
                .executeUpdate();
        Log.infof("portal backfill %d: %d dossiers read, %d queued%s", id, batch.size(), queued, done ? ", done" : "");
        return !done;
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        return o instanceof java.sql.Timestamp t
                ? t.toInstant()
                : o instanceof java.time.LocalDateTime l
                        ? java.sql.Timestamp.valueOf(l).toInstant()
                        : (Instant) o;
    }
}
