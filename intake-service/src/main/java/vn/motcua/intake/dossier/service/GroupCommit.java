package vn.motcua.intake.dossier.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit by lane (an agency): items of one lane queue up, and whichever caller holds the lane's lock
 * writes everything queued so far as one batch, then hands the lock on. Under load a busy agency's day row is
 * locked once a batch instead of once a dossier; alone, an item is a batch of one.
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
        l.lock.lock();
        try {
            // Another holder may have written it while this caller waited; otherwise it is in the queue, in order.
            while (!slot.done) {
                write(l.take(maxBatch));
            }
        } finally {
            l.lock.unlock();
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
        final ReentrantLock lock = new ReentrantLock();
        final Queue<Slot<T, R>> queue = new ConcurrentLinkedQueue<>();

        List<Slot<T, R>> take(int max) {
            List<Slot<T, R>> taken = new ArrayList<>();
            for (Slot<T, R> s; taken.size() < max && (s = queue.poll()) != null; ) {
                taken.add(s);
            }
            return taken;
        }
    }

    /** Written and read under the lane's lock: the lock orders the writer's fields before the owner's read. */
    private static final class Slot<T, R> {
        final T item;
        boolean done;
        R value;
        Throwable failure;

        Slot(T item) {
            this.item = item;
        }

        void succeed(R r) {
            value = r;
            done = true;
        }

        void fail(Throwable t) {
            failure = t;
            done = true;
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
