package vn.motcua.tracking.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    /** A clock the test moves. */
    static final class SteppedClock extends Clock {
        long millis;

        SteppedClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static long millisOf(String id) {
        return UUID.fromString(id).getMostSignificantBits() >>> 16;
    }

    @Test
    void anIdIsAVersion7UuidCarryingTheClocksMilliseconds() {
        long at = Instant.parse("2026-12-05T16:10:00.123Z").toEpochMilli();
        String id = new EventIds(new SteppedClock(at)).nextId();
        UUID uuid = UUID.fromString(id);
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
        assertEquals(at, millisOf(id));
        assertEquals(36, id.length());
        assertEquals(id.toLowerCase(), id);
    }

    @Test
    void idsSortAsTextInTheOrderTheyWereMadeWithinAMillisecondAndAcrossThem() {
        SteppedClock clock = new SteppedClock(1_764_950_000_000L);
        EventIds ids = new EventIds(clock);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            made.add(ids.nextId());
            if (i % 7 == 0) {
                clock.millis += i % 3; // sometimes the same millisecond, sometimes later
            }
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(String::compareTo);
        assertEquals(made, sorted);
        assertEquals(3000, new HashSet<>(made).size());
    }

    @Test
    void aClockThatStepsBackNeverMakesAnEarlierId() {
        SteppedClock clock = new SteppedClock(1_764_950_000_000L);
        EventIds ids = new EventIds(clock);
        String before = ids.nextId();
        clock.millis -= 5_000;
        String after = ids.nextId();
        assertTrue(after.compareTo(before) > 0, before + " then " + after);
        assertEquals(millisOf(before), millisOf(after)); // the counter moved, not the time
    }

    @Test
    void moreIdsInOneMillisecondThanTheCounterHoldsStillIncrease() {
        long at = 1_764_950_000_000L;
        EventIds ids = new EventIds(new SteppedClock(at));
        String previous = ids.nextId();
        for (int i = 1; i < 5000; i++) {
            String id = ids.nextId();
            assertTrue(id.compareTo(previous) > 0, previous + " then " + id);
            previous = id;
        }
        assertEquals(at + 1, millisOf(previous)); // 4,096 a millisecond, then the next one's
    }

    @Test
    void threadsDrawingAtOnceGetDistinctIds() throws InterruptedException {
        EventIds ids = new EventIds(Clock.systemUTC());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    seen.add(ids.nextId());
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(160_000, seen.size());
    }

    @Test
    void theSharedGeneratorFollowsTheSystemClock() {
        long before = System.currentTimeMillis();
        String id = EventIds.next();
        assertTrue(millisOf(id) >= before && millisOf(id) <= System.currentTimeMillis() + 1000, id);
    }
}
