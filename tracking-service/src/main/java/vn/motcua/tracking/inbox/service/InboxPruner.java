package vn.motcua.tracking.inbox.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.Optional;
import vn.motcua.tracking.inbox.config.InboxSettings;

/**
 * Forgets the ids of events processed longer ago than the inbox keeps them: such an event can no longer be
 * delivered again, so its id guards nothing, and without this the table grows with every event for ever (1.8
 * million rows, 210 MB, on the local stack after a week of benches). A walk along the primary key begins every
 * prune-every and goes one chunk a tick (prune-tick), each in a short transaction (read committed: no gap locks), so
 * the consumers never wait behind it. Paced because a walk at full speed kept the database busy for a minute over 3.3
 * million ids (docs/benchmarks.md, 6 Dec), at peak as likely as at night. It decides by {@code processed_at}, this
 * service's own clock, so it holds for any id format (random ids from before 5 Dec 2026, time-ordered ones since)
 * and for a producer's skewed clock. Every replica may run it: a second delete is a no-op. A restart begins the
 * walk again from the start of the key space, where the time-ordered ids sort oldest first: a pod restarted more
 * often than a walk lasts still forgets them (only random ids from before 5 Dec wait for a walk that ends).
 */
@ApplicationScoped
public class InboxPruner {
    static final int PROGRESS_EVERY = 100; // chunks between two progress lines of a long walk

    /** One chunk of the walk: its last id, how many ids it read and how many it deleted. */
    record Chunk(String last, int read, int deleted) {}

    /** A finished walk's totals. */
    public record Walk(long read, long deleted) {}

    /** A paced walk in progress: where its next chunk starts, the cutoff it began with, its totals so far. */
    record Progress(String after, Instant before, long startedNanos, long read, long deleted, int chunks) {}

    private final EntityManager em;
    private final InboxSettings settings;
    private final Clock clock;
    private final Counter forgotten;
    private volatile boolean stopping;
    private Optional<Progress> walking = Optional.empty();
    private Instant nextWalk = Instant.MIN;

    public InboxPruner(EntityManager em, InboxSettings settings, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
        this.forgotten = Counter.builder("tracking_inbox_ids_pruned_total")
                .description("Processed-event ids forgotten after the inbox's keep period")
                .register(registry);
    }

    @Scheduled(
            every = "${tracking.inbox.prune-tick}",
            delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void scheduled() {
        Instant now = clock.instant();
        if (stopping || (walking.isEmpty() && now.isBefore(nextWalk))) {
            return;
        }
        if (walking.isEmpty()) {
            nextWalk = now.plus(settings.pruneEvery());
        }
        step(now, settings.pruneChunk());
    }

    /**
     * One chunk of the walk: of the walk in progress, else of a new one that forgets the ids processed before
     * {@code now} less the keep period. Returns the walk's totals on the chunk that ends it.
     */
    public synchronized Optional<Walk> step(Instant now, int chunk) {
        Progress p = walking.orElseGet(() -> new Progress("", now.minus(settings.keep()), System.nanoTime(), 0, 0, 0));
        Chunk c = QuarkusTransaction.requiringNew().call(() -> chunk(p.after(), p.before(), chunk));
        forgotten.increment(c.deleted());
        Progress next = new Progress(
                c.last(), p.before(), p.startedNanos(), p.read() + c.read(), p.deleted() + c.deleted(), p.chunks() + 1);
        if (c.read() < chunk) {
            walking = Optional.empty();
            Log.infof(
                    "inbox: %d of %d ids forgotten (processed before %s) in %d ms",
                    next.deleted(), next.read(), next.before(), (System.nanoTime() - next.startedNanos()) / 1_000_000);
            return Optional.of(new Walk(next.read(), next.deleted()));
        }
        walking = Optional.of(next);
        if (next.chunks() % PROGRESS_EVERY == 0) {
            Log.infof("inbox: walking, %d ids read, %d forgotten so far", next.read(), next.deleted());
        }
        return Optional.empty();
    }

    private Chunk chunk(String after, Instant before, int size) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery(
                        "SELECT event_id FROM processed_event WHERE event_id > ?1 ORDER BY event_id LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, size)
                .getResultList();
        if (ids.isEmpty()) {
            return new Chunk(after, 0, 0);
        }
        String last = ids.get(ids.size() - 1);
        int deleted = em.createNativeQuery(
                        "DELETE FROM processed_event" + " WHERE event_id > ?1 AND event_id <= ?2 AND processed_at < ?3")
                .setParameter(1, after)
                .setParameter(2, last)
                .setParameter(3, before)
                .executeUpdate();
        return new Chunk(last, ids.size(), deleted);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
