package vn.motcua.notification.delivery.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.delivery.domain.Delivery;

/**
 * The deliveries this instance planned and committed, waiting in memory for its worker: sending them needs no read
 * of the delivery log. Each is written with its next attempt a claim's length away (notification.worker.claim), so
 * the table's pass of any instance leaves it alone meanwhile and takes it only if this instance died. The worker sends
 * one only while its claim has a margin left: a queue that fell behind hands the rest back to the table.
 */
@ApplicationScoped
public class ClaimedDeliveries {
    private final Queue<Delivery> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Duration claim;
    private final int atMost;

    @Inject
    public ClaimedDeliveries(DeliverySettings settings, MeterRegistry registry) {
        this(settings.worker().claim(), settings.worker().claimedAtMost(), registry);
    }

    ClaimedDeliveries(Duration claim, int atMost, MeterRegistry registry) {
        this.claim = claim;
        this.atMost = atMost;
        Gauge.builder("notification_claimed_deliveries", size, AtomicInteger::get)
                .description("Deliveries planned by this instance and waiting in its memory to be sent")
                .register(registry);
    }

    /** The end of a claim on {@code rows} new deliveries planned now, or empty when memory is full. */
    public Optional<Instant> claimFor(int rows, Instant now) {
        return size.get() + rows <= atMost ? Optional.of(now.plus(claim)) : Optional.empty();
    }

    /** Deliveries whose transaction committed with a claim: theirs to send. */
    public void committed(List<Delivery> rows) {
        waiting.addAll(rows);
        size.addAndGet(rows.size());
    }

    /** The next one still safe to send at {@code now}, skipping those whose claim is close to its end. */
    public Optional<Delivery> next(Instant now) {
        for (Delivery d = waiting.poll(); d != null; d = waiting.poll()) {
            size.decrementAndGet();
            // Half the claim is left for the send, its answer and the marking that follows.
            if (now.plus(claim.dividedBy(2)).isBefore(d.nextAttemptAt)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** All still waiting, taken out: at shutdown they go back to the table at once. */
    public List<Delivery> takeAll() {
        List<Delivery> rest = new ArrayList<>();
        for (Delivery d = waiting.poll(); d != null; d = waiting.poll()) {
            size.decrementAndGet();
            rest.add(d);
        }
        return rest;
    }
}
