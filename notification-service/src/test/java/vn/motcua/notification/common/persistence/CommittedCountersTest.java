package vn.motcua.notification.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A counter incremented (an action given) in a transaction counts (runs) when it commits, never on rollback. */
@QuarkusTest
class CommittedCountersTest {
    @Inject
    CommittedCounters counters;

    @Inject
    MeterRegistry registry;

    @Test
    void aTransactionCountsOnlyWhenItCommits() {
        String name = "test_committed_" + UUID.randomUUID().toString().replace("-", "");
        QuarkusTransaction.requiringNew().run(() -> {
            counters.increment(name, "kind", "a");
            counters.increment(name, "kind", "a");
            counters.increment(name, "kind", "b");
            assertEquals(0.0, count(name, "a"), "not before the commit");
        });
        assertEquals(2.0, count(name, "a"));
        assertEquals(1.0, count(name, "b"));

        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    counters.increment(name, "kind", "a");
                    throw new IllegalStateException("rolled back, as a poll that met a duplicate key");
                }));
        // Marked for rollback before it counts: the commit at the end fails (RollbackException).
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    QuarkusTransaction.setRollbackOnly();
                    counters.increment(name, "kind", "a");
                }));
        assertEquals(2.0, count(name, "a"), "a rolled-back transaction counts nothing");

        counters.increment(name, "kind", "b");
        assertEquals(2.0, count(name, "b"), "outside a transaction: at once");
    }

    @Test
    void anActionRunsOnlyWhenItsTransactionCommits() {
        List<String> ran = new CopyOnWriteArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            counters.afterCommit(() -> ran.add("first"));
            counters.afterCommit(() -> ran.add("second"));
            assertEquals(List.of(), ran, "not before the commit");
        });
        assertEquals(List.of("first", "second"), ran);

        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    counters.afterCommit(() -> ran.add("rolled back"));
                    throw new IllegalStateException("rolled back");
                }));
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    QuarkusTransaction.setRollbackOnly();
                    counters.afterCommit(() -> ran.add("marked for rollback"));
                }));
        assertEquals(List.of("first", "second"), ran, "a rolled-back transaction runs nothing");

        counters.afterCommit(() -> ran.add("outside"));
        assertEquals(List.of("first", "second", "outside"), ran, "outside a transaction: at once");
    }

    private double count(String name, String kind) {
        return Optional.ofNullable(registry.find(name).tag("kind", kind).counter())
                .map(Counter::count)
                .orElse(0.0);
    }
}
