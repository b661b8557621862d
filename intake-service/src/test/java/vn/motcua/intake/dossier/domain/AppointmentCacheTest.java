package vn.motcua.intake.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentCacheTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z"); // 09:00 in Hà Nội
    static final Instant FROM = Instant.parse("2026-11-20T10:00:00Z"); // Friday 17:00
    static final Instant UNTIL = Instant.parse("2026-11-23T04:30:00Z"); // Monday 11:30
    static final Instant DUE = Instant.parse("2026-11-26T04:30:00Z");
    static final BigDecimal TEN = new BigDecimal("10");

    final AppointmentCache cache = new AppointmentCache(Duration.ofSeconds(30), 3);

    @Test
    void aDueTimeServesEveryReceiptInsideItsWindowAndNoneOutside() {
        cache.remember(TEN, new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        assertEquals(Optional.of(DUE), cache.dueAt(TEN, FROM, NOW));
        assertEquals(Optional.of(DUE), cache.dueAt(TEN, NOW, NOW));
        assertEquals(Optional.of(DUE), cache.dueAt(TEN, UNTIL.minusNanos(1), NOW));
        assertEquals(Optional.empty(), cache.dueAt(TEN, UNTIL, NOW));
        assertEquals(Optional.empty(), cache.dueAt(TEN, FROM.minusNanos(1), NOW));
    }

    @Test
    void itIsKeptPerProcessingTimeWhateverTheScale() {
        cache.remember(TEN, new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        assertEquals(Optional.of(DUE), cache.dueAt(new BigDecimal("10.0"), NOW, NOW));
        assertEquals(Optional.empty(), cache.dueAt(new BigDecimal("0.5"), NOW, NOW));
    }

    @Test
    void itEndsAfterItsTime() {
        cache.remember(TEN, new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        assertEquals(Optional.of(DUE), cache.dueAt(TEN, NOW, NOW.plusSeconds(29)));
        assertEquals(Optional.empty(), cache.dueAt(TEN, NOW, NOW.plusSeconds(30)));
    }

    @Test
    void forgettingAsksAgain() {
        cache.remember(TEN, new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        cache.forget();
        assertEquals(Optional.empty(), cache.dueAt(TEN, NOW, NOW));
    }

    @Test
    void nothingIsKeptWithoutTimeOrWithAnEmptyWindow() {
        var off = new AppointmentCache(Duration.ZERO, 3);
        off.remember(TEN, new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        assertEquals(Optional.empty(), off.dueAt(TEN, NOW, NOW));
        cache.remember(TEN, new AppointmentCache.Answer(DUE, UNTIL, UNTIL), NOW);
        assertEquals(Optional.empty(), cache.dueAt(TEN, UNTIL, NOW));
        assertEquals(Optional.empty(), cache.dueAt(TEN, NOW, NOW));
    }

    @Test
    void itHoldsAtMostItsBound() {
        for (int days = 1; days <= 7; days++) {
            cache.remember(days(days), new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
            assertEquals(Optional.of(DUE), cache.dueAt(days(days), NOW, NOW));
        }
        // 7 = 2 × 3 + 1: started over at the 4th and the 7th, so only the 7th is left.
        for (int days = 1; days <= 6; days++) {
            assertEquals(Optional.empty(), cache.dueAt(days(days), NOW, NOW), days + " days");
        }
        // Full with 7, 8 and 9: a known key is replaced, and the others stay.
        cache.remember(days(8), new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        cache.remember(days(9), new AppointmentCache.Answer(DUE, FROM, UNTIL), NOW);
        cache.remember(days(9), new AppointmentCache.Answer(DUE.plusSeconds(1), FROM, UNTIL), NOW);
        assertEquals(Optional.of(DUE.plusSeconds(1)), cache.dueAt(days(9), NOW, NOW));
        assertEquals(Optional.of(DUE), cache.dueAt(days(7), NOW, NOW));
        assertEquals(Optional.of(DUE), cache.dueAt(days(8), NOW, NOW));
    }

    private static BigDecimal days(int n) {
        return BigDecimal.valueOf(n);
    }
}
