package vn.motcua.notification.delivery.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.delivery.domain.Delivery;

class ClaimedDeliveriesTest {
    static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ClaimedDeliveries claimed = new ClaimedDeliveries(Duration.ofSeconds(30), 3, registry);

    static Delivery claimedUntil(long id, Instant until) {
        Delivery d = new Delivery();
        d.id = id;
        d.nextAttemptAt = until;
        return d;
    }

    @Test
    void aClaimLastsItsLengthFromNowAndOnlyWhileMemoryHasRoom() {
        assertEquals(Optional.of(T0.plusSeconds(30)), claimed.claimFor(3, T0));
        assertEquals(Optional.empty(), claimed.claimFor(4, T0), "more than memory holds: left to the table");
        claimed.committed(List.of(claimedUntil(1, T0.plusSeconds(30)), claimedUntil(2, T0.plusSeconds(30))));
        assertEquals(Optional.of(T0.plusSeconds(30)), claimed.claimFor(1, T0));
        assertEquals(Optional.empty(), claimed.claimFor(2, T0));
        assertEquals(
                2.0, registry.get("notification_claimed_deliveries").gauge().value());
    }

    @Test
    void theWorkerGetsThemInCommitOrderWhileHalfTheClaimIsLeft() {
        claimed.committed(List.of(claimedUntil(1, T0.plusSeconds(30)), claimedUntil(2, T0.plusSeconds(30))));
        claimed.committed(List.of(claimedUntil(3, T0.plusSeconds(35))));
        Instant late = T0.plusSeconds(16); // 14 s left on the first two, 19 s on the third
        assertEquals(3L, claimed.next(late).orElseThrow().id, "the table's pass takes the first two after their claim");
        assertTrue(claimed.next(late).isEmpty());
        assertEquals(
                0.0, registry.get("notification_claimed_deliveries").gauge().value());
        assertEquals(Optional.of(late.plusSeconds(30)), claimed.claimFor(3, late), "skipped ones free their room");
    }

    @Test
    void onTimeTheyComeOutOneByOneAndShutdownTakesTheRest() {
        claimed.committed(List.of(claimedUntil(1, T0.plusSeconds(30)), claimedUntil(2, T0.plusSeconds(30))));
        claimed.committed(List.of(claimedUntil(3, T0.plusSeconds(31))));
        assertEquals(1L, claimed.next(T0.plusSeconds(1)).orElseThrow().id);
        assertEquals(List.of(2L, 3L), claimed.takeAll().stream().map(d -> d.id).toList());
        assertTrue(claimed.next(T0.plusSeconds(1)).isEmpty());
        assertEquals(
                0.0, registry.get("notification_claimed_deliveries").gauge().value());
    }
}
