package vn.motcua.tracking.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.motcua.tracking.inbox.service.Inbox;
import vn.motcua.tracking.inbox.service.InboxPruner;

/**
 * The inbox forgets ids processed longer ago than it keeps them (35 days), whatever their format, walking the
 * table a few ids a step, and keeps every younger one: an event that can still be redelivered is still recognised.
 * Times in 2024, before any other test's rows (processed now), which the walk passes over and keeps.
 */
@QuarkusTest
class InboxPrunerTest {
    static final String TOPIC = "inbox-pruner-test";
    static final String REDELIVERY = "inbox-pruner-redelivery-test";
    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    InboxPruner pruner;

    void insert(String id, Instant processedAt) {
        insert(id, TOPIC, processedAt);
    }

    void insert(String id, String topic, Instant processedAt) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO processed_event (event_id, topic, processed_at) VALUES (?1, ?2, ?3)")
                        .setParameter(1, id)
                        .setParameter(2, topic)
                        .setParameter(3, processedAt)
                        .executeUpdate());
    }

    /** Steps one walk to its end: its totals, and how many steps it took. */
    record Stepped(InboxPruner.Walk walk, int steps) {}

    Stepped walk(Instant now, int chunk) {
        for (int steps = 1; steps <= 100_000; steps++) {
            Optional<InboxPruner.Walk> end = pruner.step(now, chunk);
            if (end.isPresent()) {
                return new Stepped(end.get(), steps);
            }
        }
        throw new AssertionError("the walk never ended");
    }

    Set<String> left() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> ids = em.createNativeQuery("SELECT event_id FROM processed_event WHERE topic = ?1")
                    .setParameter(1, TOPIC)
                    .getResultList();
            return new TreeSet<>(ids);
        });
    }

    @Test
    void forgetsOnlyTheIdsOlderThanTheKeepPeriodWhateverTheirFormat() {
        // random (version 4) ids at both ends of the key space, and time-ordered (version 7) ones
        insert("00a1e6c2-3b1d-4f5e-9a7b-0c1d2e3f4a01", Instant.parse("2024-04-01T00:00:00Z"));
        insert("ffa1e6c2-3b1d-4f5e-9a7b-0c1d2e3f4a02", Instant.parse("2024-04-26T23:59:59Z"));
        insert("018ee5a0-0000-7000-8000-000000000003", Instant.parse("2024-04-01T00:00:00Z"));
        insert("00b1e6c2-3b1d-4f5e-9a7b-0c1d2e3f4a04", Instant.parse("2024-04-27T00:00:00Z"));
        insert("fec1e6c2-3b1d-4f5e-9a7b-0c1d2e3f4a05", Instant.parse("2024-05-31T00:00:00Z"));
        insert("018fc200-0000-7000-8000-000000000006", Instant.parse("2024-05-30T00:00:00Z"));

        Stepped stepped = walk(NOW, 2); // 35 days before NOW: 2024-04-27T00:00Z

        InboxPruner.Walk walk = stepped.walk();
        assertTrue(walk.deleted() >= 3, "the three older ids at least: " + walk);
        assertTrue(walk.read() >= 6, "walked past every chunk: " + walk);
        // paced: one chunk a step, never more (a step past the last id ends the walk)
        assertTrue(stepped.steps() >= walk.read() / 2, "one chunk of 2 a step: " + stepped);
        assertEquals(
                new TreeSet<>(List.of(
                        "00b1e6c2-3b1d-4f5e-9a7b-0c1d2e3f4a04",
                        "018fc200-0000-7000-8000-000000000006",
                        "fec1e6c2-3b1d-4f5e-9a7b-0c1d2e3f4a05")),
                left());
    }

    @Test
    void anIdStillKeptStillMakesItsRedeliveryANoOp() {
        String id = "018fc201-0000-7000-8000-000000000007";
        insert(id, REDELIVERY, Instant.parse("2024-05-20T00:00:00Z"));
        walk(NOW, 1000);
        assertEquals(
                Set.of(),
                QuarkusTransaction.requiringNew().call(() -> inbox.claim(List.of(id), REDELIVERY)),
                "a kept id is recognised");
        walk(Instant.parse("2024-07-01T00:00:00Z"), 1000);
        assertEquals(
                Set.of(id),
                QuarkusTransaction.requiringNew().call(() -> inbox.claim(List.of(id), REDELIVERY)),
                "a forgotten id is new again");
    }
}
