package vn.motcua.tracking.common.domain;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event ids as time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, a 12-bit counter, 62 random
 * bits. Every consumer keys its inbox on the event id (and the portal queue and delivery log index it), so a random
 * id put each insert on a random page of tables with millions of rows: pages read from disk once those tables
 * outgrew the buffer pool, and many pages dirtied. Ordered ids land on the index's newest pages. Within one process
 * the ids strictly increase, even when the clock steps back; across processes they are ordered to the millisecond.
 */
public final class EventIds {
    private final Clock clock;
    /** The last id's milliseconds and counter, as one number: millis << 12 | counter. */
    private final AtomicLong last = new AtomicLong();

    public EventIds(Clock clock) {
        this.clock = clock;
    }

    private static final EventIds SYSTEM = new EventIds(Clock.systemUTC());

    /** A new id from the system clock. */
    public static String next() {
        return SYSTEM.nextId();
    }

    public String nextId() {
        long now = clock.millis() << 12;
        long stamp = last.updateAndGet(prev -> Math.max(now, prev + 1));
        long high = (stamp >>> 12) << 16 | 0x7000L | (stamp & 0xFFFL);
        long low = ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
