package vn.motcua.stack;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * For the services' tests: a real InnoDB deadlock for a consumer's transaction to lose. Another transaction takes
 * locks the consumer will need, heavier than the consumer's (hundreds of rows), so that InnoDB rolls the consumer
 * back; waits until the consumer waits for them; then asks for a lock the consumer holds, which closes the cycle.
 * Then it rolls back itself, so that the consumer's next attempt goes through.
 */
public final class DeadlockCycle implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Boolean> holder;

    private DeadlockCycle(
            Consumer<Runnable> inNewTransaction,
            Runnable takeLocks,
            BooleanSupplier consumerWaits,
            Runnable closeCycle,
            CountDownLatch holding) {
        holder = thread.submit(() -> {
            try {
                inNewTransaction.accept(() -> {
                    takeLocks.run();
                    holding.countDown();
                    awaitConsumer(consumerWaits);
                    closeCycle.run(); // throws if this transaction were the victim
                    throw new GiveWay(); // rolls back
                });
                return false;
            } catch (GiveWay expected) {
                return true;
            }
        });
    }

    /**
     * Starts the other transaction ({@code inNewTransaction} runs its work in a transaction of its own, rolled back
     * when the work throws) and returns once it holds its locks, or fails if it could not take them.
     */
    public static DeadlockCycle hold(
            Consumer<Runnable> inNewTransaction, Runnable takeLocks, BooleanSupplier consumerWaits, Runnable closeCycle)
            throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        DeadlockCycle cycle = new DeadlockCycle(inNewTransaction, takeLocks, consumerWaits, closeCycle, holding);
        while (!holding.await(100, TimeUnit.MILLISECONDS)) {
            if (cycle.holder.isDone()) {
                cycle.holder.get(); // its failure, as the test's
                throw new IllegalStateException("the other transaction ended before it held its locks");
            }
        }
        return cycle;
    }

    /** True once the other transaction closed the cycle and rolled back: the consumer was the deadlock's victim. */
    public boolean survived(Duration timeout) throws Exception {
        return holder.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private static void awaitConsumer(BooleanSupplier consumerWaits) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!consumerWaits.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumer did not wait for the held locks within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class GiveWay extends RuntimeException {
        GiveWay() {
            super(null, null, false, false);
        }
    }
}
