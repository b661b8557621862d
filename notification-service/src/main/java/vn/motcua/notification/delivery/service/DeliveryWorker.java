package vn.motcua.notification.delivery.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.delivery.domain.Delivery;
import vn.motcua.notification.delivery.sender.ChannelSender;
import vn.motcua.notification.delivery.sender.ProviderException;

/**
 * Sends what this instance planned from memory as soon as its transaction commits ({@link ClaimedDeliveries}), and
 * marks those sent by primary key a batch at a time, or at the latest at the next tick: a dossier's messages cost no
 * read of the delivery log. A kill -9 before the marking sends at most a batch again once the claims run out.
 *
 * <p>Once a tick it also sends the delivery log's due deliveries a batch at a time (notification.worker.batch-size),
 * each batch in its own transaction holding those rows' locks (SKIP LOCKED, so instances share the work) and the sent
 * ones marked with one UPDATE. Either way: sent → SENT; timeout or 5xx → retried with exponential back-off up to
 * notification.retry.max-attempts; 4xx or out of attempts → FAILED with the reason. A crash between the providers'
 * answers and the marking sends those messages again, with the same references for the providers to recognise; a
 * shutdown finishes the delivery in flight, marks what was sent and hands the unsent claims back to the table.
 */
@ApplicationScoped
public class DeliveryWorker {
    private final Map<Delivery.Channel, ChannelSender> senders = new EnumMap<>(Delivery.Channel.class);
    private final DeliverySettings settings;
    private final MeterRegistry registry;
    private final Clock clock;
    private final ReentrantLock inFlight = new ReentrantLock();
    private volatile boolean stopping;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-worker"));

    private final AgroalDataSource dataSource;
    private final ClaimedDeliveries claimed;
    /** Deliveries sent from memory and not yet marked SENT; only under {@link #inFlight}. */
    private final List<Sent> sentUnmarked = new ArrayList<>();
    /** The last marking was refused: the next waits for the tick, not the next send. Under {@link #inFlight}. */
    private boolean markingRefused;

    public DeliveryWorker(
            Instance<ChannelSender> senders,
            DeliverySettings settings,
            MeterRegistry registry,
            Clock clock,
            AgroalDataSource dataSource,
            ClaimedDeliveries claimed) {
        this.claimed = claimed;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.settings = settings;
        this.registry = registry;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    /** Sends the claimed deliveries now, off the thread of the consumer that committed them; wake-ups coalesce. */
    public void wake() {
        if (!stopping && !woken.getAndSet(true)) {
            waker.execute(() -> {
                woken.set(false);
                drainDue(false);
            });
        }
    }

    /** False once shutting down: what is planned then is left due at once, for the next instance. */
    public boolean takesClaims() {
        return !stopping;
    }

    @PreDestroy
    void stopWaker() {
        waker.shutdownNow();
    }

    @Scheduled(
            every = "${notification.worker.every:1s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drainDue(true);
    }

    /**
     * A wake-up sends what is claimed in memory. The tick also marks what was sent since, then reads the table, batches
     * until one comes back short: a backlog drains at full speed. The table has the retries, the deliveries held for
     * quiet hours (due with the clock, not with an event), those planned while memory was full, and the claims of an
     * instance that died.
     */
    private void drainDue(boolean tick) {
        if (stopping || !inFlight.tryLock()) {
            return;
        }
        try {
            sendClaimed();
            if (tick) {
                markingRefused = false;
                markClaimedSent();
                while (!stopping && sendNext()) {
                    // a batch per transaction
                }
                sendClaimed(); // a wake-up that came during the table's pass found the worker busy
            }
        } catch (RuntimeException e) {
            Log.warnf("delivery worker paused until the next tick: %s", e.toString());
            dataSource.flush(AgroalDataSource.FlushMode.INVALID); // a lost database node leaves dead connections
        } finally {
            inFlight.unlock();
        }
    }

    private void sendClaimed() {
        while (!stopping) {
            Instant now = clock.instant();
            Optional<Delivery> next = claimed.next(now);
            if (next.isEmpty()) {
                return;
            }
            Delivery d = next.get();
            if (attempt(d, now)) {
                sentUnmarked.add(new Sent(d.id, clock.instant()));
                if (sentUnmarked.size() >= settings.worker().batchSize() && !markingRefused) {
                    markClaimedSent();
                }
            } else {
                QuarkusTransaction.requiringNew().run(() -> recordAttempt(d));
            }
        }
    }

    /** Marks what was sent from memory; when the database refuses, they are kept for the next tick. */
    private void markClaimedSent() {
        if (sentUnmarked.isEmpty()) {
            return;
        }
        List<Sent> ids = List.copyOf(sentUnmarked);
        try {
            QuarkusTransaction.requiringNew().run(() -> markSent(ids));
            sentUnmarked.clear();
        } catch (RuntimeException e) {
            markingRefused = true;
            Log.warnf("marking %d sent deliveries failed; again at the next tick: %s", ids.size(), e.toString());
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        }
    }

    /** A claimed delivery the provider did not take: its retry or its failure, as {@link #attempt} decided. */
    private void recordAttempt(Delivery d) {
        Delivery.getEntityManager()
                .createNativeQuery("UPDATE delivery_log SET status = :status, attempts = :attempts, detail = :detail,"
                        + " next_attempt_at = :next WHERE id = :id AND status = 'PENDING'")
                .setParameter("status", d.status.name())
                .setParameter("attempts", d.attempts)
                .setParameter("detail", d.detail)
                .setParameter("next", d.nextAttemptAt)
                .setParameter("id", d.id)
                .executeUpdate();
    }

    /** At shutdown, the claims not sent go back to the table, due now, for the next instance. */
    private void handBack(List<Delivery> unsent) {
        if (unsent.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> Delivery.getEntityManager()
                            .createNativeQuery("UPDATE delivery_log SET next_attempt_at = :now"
                                    + " WHERE id IN (:ids) AND status = 'PENDING'")
                            .setParameter("now", clock.instant())
                            .setParameter("ids", unsent.stream().map(d -> d.id).toList())
                            .executeUpdate());
        } catch (RuntimeException e) {
            Log.warnf("%d claimed deliveries wait for their claim to end: %s", unsent.size(), e.toString());
        }
    }

    /**
     * A message handed to a provider must have its SENT committed before the database goes away, or the next
     * instance sends it again: shutdown waits for the delivery in flight and takes no new one.
     */
    void drain(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (inFlight.tryLock(20, TimeUnit.SECONDS)) {
            try {
                markClaimedSent();
                handBack(claimed.takeAll());
            } finally {
                inFlight.unlock();
            }
        } else {
            Log.warn("a delivery was still in flight at shutdown; it will be attempted again");
        }
    }

    /** Sends the next due deliveries (at most a batch) in one transaction; true when the batch was full. */
    boolean sendNext() {
        List<Sent> sent = new ArrayList<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = clock.instant();
                int size = settings.worker().batchSize();
                // One status at a time: the index (status, next_attempt_at) then gives the order without a sort, so
                // picking the next deliveries stays cheap however long the log grows (an IN over two statuses
                // sorted them all).
                List<Delivery> due = new ArrayList<>(due(Delivery.Status.PENDING, now, size));
                if (due.size() < size) {
                    due.addAll(due(Delivery.Status.HELD, now, size - due.size()));
                }
                for (Delivery d : due) {
                    if (stopping) {
                        break; // shutting down: the rest stays due for the next instance, unsent
                    }
                    if (attempt(d, now)) {
                        sent.add(new Sent(d.id, clock.instant()));
                    }
                }
                markSent(sent);
                return due.size() == size;
            });
        } catch (RuntimeException e) {
            keepSent(sent, e);
            throw e;
        }
    }

    /**
     * The batch's transaction failed after providers took some of its messages (a deadlock with a consumer's
     * insert, a certification conflict on Galera): rolled back, they would be due again and sent twice. So they are
     * marked sent on their own, a few times if need be; only a crash in between still sends one again.
     */
    private void keepSent(List<Sent> sent, RuntimeException cause) {
        if (sent.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= 4; attempt++) {
            if (attempt > 1) {
                // The database node may be gone: drop the pool's dead connections, so the next is a new one.
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
                pause(Duration.ofMillis(100L * (1L << (2 * (attempt - 2))))); // 0.1, 0.4, 1.6 s
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> markSent(sent));
                Log.infof("%d sent deliveries marked after their batch failed: %s", sent.size(), cause.toString());
                return;
            } catch (RuntimeException again) {
                Log.warnf("marking %d sent deliveries failed (attempt %d): %s", sent.size(), attempt, again);
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Delivery> due(Delivery.Status status, Instant now, int limit) {
        return Delivery.<Delivery>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id", status, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit)
                .list();
    }

    /** The batch's sent deliveries in one statement (a failed or retried one was updated on its own). */
    private void markSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        // Each row gets the moment its provider took it: marking waits for a batch or the tick, up to a second later.
        StringBuilder at = new StringBuilder("CASE id");
        for (int i = 0; i < sent.size(); i++) {
            at.append(" WHEN :id").append(i).append(" THEN :at").append(i);
        }
        Query update = Delivery.getEntityManager()
                .createNativeQuery("UPDATE delivery_log SET status = 'SENT', sent_at = " + at + " END,"
                        + " attempts = attempts + 1, detail = NULL WHERE id IN (:ids) AND status <> 'SENT'")
                .setParameter("ids", sent.stream().map(Sent::id).toList());
        for (int i = 0; i < sent.size(); i++) {
            update.setParameter("id" + i, sent.get(i).id())
                    .setParameter("at" + i, sent.get(i).at());
        }
        update.executeUpdate();
    }

    /** A delivery its provider took, and when: its SENT row says when the message went, not when it was marked. */
    private record Sent(long id, Instant at) {}

    /** True when the provider took it: the row is then left to {@link #markSent}. */
    private boolean attempt(Delivery d, Instant now) {
        String reference = d.eventId + "." + d.channel.name().toLowerCase();
        Timer.Sample sample = Timer.start(registry);
        try {
            sender(d.channel).send(d, reference);
            registry.counter("notification_sent_total", "channel", d.channel.name(), "template", d.template)
                    .increment();
            Log.infof(
                    "sent %s %s for %s to %s (attempt %d)",
                    d.channel, d.template, d.dossierCode, d.recipientMasked, d.attempts + 1);
            return true;
        } catch (ProviderException e) {
            d.attempts++;
            d.detail = e.getMessage();
            if (e.permanent() || d.attempts >= settings.retry().maxAttempts()) {
                d.status = Delivery.Status.FAILED;
                registry.counter("notification_failed_total", "channel", d.channel.name(), "template", d.template)
                        .increment();
                Log.warnf(
                        "failed %s %s for %s to %s: %s",
                        d.channel, d.template, d.dossierCode, d.recipientMasked, e.getMessage());
            } else {
                d.status = Delivery.Status.PENDING;
                d.nextAttemptAt = now.plus(backoff(d.attempts));
                registry.counter("notification_retried_total", "channel", d.channel.name(), "template", d.template)
                        .increment();
                Log.infof("retrying %s for %s at %s: %s", d.channel, d.dossierCode, d.nextAttemptAt, e.getMessage());
            }
            return false;
        } finally {
            sample.stop(registry.timer("notification_provider_latency", "channel", d.channel.name()));
        }
    }

    /** first-delay × 2^(attempt−1), at most max-delay. */
    Duration backoff(int attempts) {
        Duration delay = settings.retry().firstDelay().multipliedBy(1L << Math.min(20, attempts - 1));
        return delay.compareTo(settings.retry().maxDelay()) > 0
                ? settings.retry().maxDelay()
                : delay;
    }

    private ChannelSender sender(Delivery.Channel channel) throws ProviderException {
        ChannelSender s = senders.get(channel);
        if (s == null) {
            throw new ProviderException(true, "no sender configured for " + channel, null);
        }
        return s;
    }
}
