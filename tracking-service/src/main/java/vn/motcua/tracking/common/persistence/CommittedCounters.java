package vn.motcua.tracking.common.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Metrics of what a transaction did, recorded when it commits: a consumer's poll that is rolled back and applied
 * again (a duplicate key met mid-poll, a failure before commit) would otherwise count its events twice. Outside a
 * transaction a counter is incremented (an action run) at once; in one already marked for rollback, never. One
 * synchronization per transaction, whatever it records.
 */
@ApplicationScoped
public class CommittedCounters {
    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public CommittedCounters(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Adds one to counter {@code name} with the given tag keys and values, once the transaction has committed. */
    public void increment(String name, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(Arrays.asList(tags));
        pending().ifPresent(p -> p.counts.merge(key, 1, Integer::sum));
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            registry.counter(name, tags).increment();
        }
    }

    /**
     * Runs {@code action} once the transaction has committed, after its counters, in the order given: for a timer or
     * a gauge that must not move for work that is rolled back.
     */
    public void afterCommit(Runnable action) {
        pending().ifPresent(p -> p.actions.add(action));
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.run();
        }
    }

    /** This transaction's pending metrics; empty outside a transaction and in one that will not commit. */
    private Optional<Pending> pending() {
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE) {
            return Optional.empty();
        }
        Pending pending = (Pending) transactions.getResource(CommittedCounters.class);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(CommittedCounters.class, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return Optional.of(pending);
    }

    private final class Pending implements Synchronization {
        final Map<List<String>, Integer> counts = new HashMap<>();
        final List<Runnable> actions = new ArrayList<>();

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            counts.forEach((key, n) -> registry.counter(
                            key.get(0), key.subList(1, key.size()).toArray(String[]::new))
                    .increment(n));
            actions.forEach(Runnable::run);
        }
    }
}
