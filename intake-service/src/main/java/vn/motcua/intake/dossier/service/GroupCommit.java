package vn.motcua.intake.dossier.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Group commit by lane (an agency): items of one lane queue up, and the lane's leader, one caller at a time,
 * writes everything queued so far as one batch, then hands the lead to the first caller still waiting. Under load
 * a busy agency's day row is locked once a batch instead of once a dossier; alone, an item is a batch of one.
 *
 * <p>A batch that fails is written again one item at a time, so a bad item fails only its own caller. Each
 * caller gets its own result or exception, in its own thread. Plain Java: the writers are given.
 */
final class GroupCommit<T, R> {
    private final ConcurrentHashMap<String, Lane<T, R>> lanes = new ConcurrentHashMap<>();
    private final int maxBatch;
    private final Function<List<T>, List<R>> batch;
    private final Function<T, R> single;
    private final Listener listener;

    /** Told what the lanes do: for metrics and logs. */
    interface Listener {
        /** A batch of {@code batchSize} is taken to be written (counted whether or not it then fails). */
        void written(int batchSize);

        /** A batch of {@code batchSize} failed with {@code cause} and is written again one item at a time. */
        void retriedAlone(int batchSize, Throwable cause);
    }

    /**
     * @param batch writes items in one transaction and returns their results in the same order
     * @param single writes one item in a transaction of its own, after a batch failed
     */
    GroupCommit(int maxBatch, Function<List<T>, List<R>> batch, Function<T, R> single, Listener listener) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.batch = batch;
        this.single = single;
        this.listener = listener;
    }

    R submit(String lane, T item) {
        Lane<T, R> l = lanes.computeIfAbsent(lane, k -> new Lane<>());
        Slot<T, R> slot = new Slot<>(item);
        l.queue.add(slot);
        // One leader a lane writes; the others sleep until their item is written or they are made leader. A waiter
        // wakes once, not to queue for a lock only to find its item written (a convoy on a busy machine).
        if (l.leading.compareAndSet(false, true) || slot.awaitTurn()) {
            try {
                while (!slot.done) {
                    write(l.take(maxBatch));
                }
            } finally {
                l.handOff();
            }
        }
        return slot.result();
    }

    private void write(List<Slot<T, R>> taken) {
        listener.written(taken.size());
        if (taken.size() > 1) {
            List<R> results;
            try {
                results = batch.apply(taken.stream().map(s -> s.item).toList());
            } catch (RuntimeException | Error e) {
                results = null; // rolled back whole: each item again alone (below), so only a bad one fails
                listener.retriedAlone(taken.size(), e);
            }
            if (results != null) {
                // Committed: never written again, even if the writer broke its contract.
                for (int i = 0; i < taken.size(); i++) {
                    if (results.size() == taken.size()) {
                        taken.get(i).succeed(results.get(i));
                    } else {
                        taken.get(i).fail(new IllegalStateException(results.size() + " results for " + taken.size()));
                    }
                }
                return;
            }
        }
        for (Slot<T, R> s : taken) {
            try {
                s.succeed(single.apply(s.item));
            } catch (RuntimeException | Error e) {
                s.fail(e);
            }
        }
    }

    private static final class Lane<T, R> {
        final AtomicBoolean leading = new AtomicBoolean();
        final Queue<Slot<T, R>> queue = new ConcurrentLinkedQueue<>();

        List<Slot<T, R>> take(int max) {
            List<Slot<T, R>> taken = new ArrayList<>();
            for (Slot<T, R> s; taken.size() < max && (s = queue.poll()) != null; ) {
                taken.add(s);
            }
            return taken;
        }

        /** The leader's last act: the first waiting caller leads next, or the lane is free. */
        void handOff() {
            while (true) {
                Slot<T, R> next = queue.peek();
                if (next != null) {
                    next.lead(); // still queued: its own leadership takes it first
                    return;
                }
                leading.set(false);
                // A caller that queued after the peek but saw the lane led is waiting: lead again to hand it on.
                if (queue.isEmpty() || !leading.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    /** Signalled once: written (done) by a leader, or made leader while still queued. */
    private static final class Slot<T, R> {
        final T item;
        private final CountDownLatch signal = new CountDownLatch(1);
        // Set by the leader before the signal, read by the owner after it (or by the owner as leader itself).
        boolean done;
        boolean leads;
        R value;
        Throwable failure;

        Slot(T item) {
            this.item = item;
        }

        void succeed(R r) {
            value = r;
            done = true;
            signal.countDown();
        }

        void fail(Throwable t) {
            failure = t;
            done = true;
            signal.countDown();
        }

        void lead() {
            leads = true;
            signal.countDown();
        }

        /** Sleeps until signalled; true when this caller is to lead. */
        boolean awaitTurn() {
            boolean interrupted = false;
            while (true) {
                try {
                    signal.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // its item is queued and will be written: wait on, then restore the flag
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return leads;
        }

        R result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }
}
