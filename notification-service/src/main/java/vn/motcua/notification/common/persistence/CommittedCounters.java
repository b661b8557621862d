package vn.motcua.notification.common.persistence;

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

/**
 * Counters for what a transaction did, counted when it commits: a consumer's poll that is rolled back and applied
 * again (a duplicate key met mid-poll, a failure before commit) would otherwise count its events twice. Outside a
 * transaction a counter is incremented at once; in one already marked for rollback, not at all. One synchronization
 * per transaction, whatever it counts.
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
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            registry.counter(name, tags).increment();
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return; // it will not commit
        }
        @SuppressWarnings("unchecked")
        Map<List<String>, Integer> pending =
                (Map<List<String>, Integer>) transactions.getResource(CommittedCounters.class);
        if (pending == null) {
            Map<List<String>, Integer> counts = new HashMap<>();
            transactions.putResource(CommittedCounters.class, counts);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        counts.forEach((key, n) -> registry.counter(
                                        key.get(0), key.subList(1, key.size()).toArray(String[]::new))
                                .increment(n));
                    }
                }
            });
            pending = counts;
        }
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(Arrays.asList(tags));
        pending.merge(key, 1, Integer::sum);
    }
}
