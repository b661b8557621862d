package vn.motcua.intake.dossier.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * tracking-service's last due time per processing time, reused for every receipt inside the window tracking says it
 * holds for (one session of effective receipt). A counter dossier then needs no call to tracking, only the first
 * of each session does. Entries end after {@code reuseFor}, so a calendar change reaches new receipts within it.
 */
public final class AppointmentCache {
    /** A due time, and the receipt times [sameFrom, sameUntil) that have the same one. */
    public record Answer(Instant dueAt, Instant sameFrom, Instant sameUntil) {}

    private record Entry(Answer answer, Instant endsAt) {}

    private final Duration reuseFor;
    private final int maxEntries;
    private final Map<String, Entry> byWorkingDays = new ConcurrentHashMap<>();

    public AppointmentCache(Duration reuseFor, int maxEntries) {
        this.reuseFor = reuseFor;
        this.maxEntries = maxEntries;
    }

    public Optional<Instant> dueAt(BigDecimal workingDays, Instant receivedAt, Instant now) {
        Entry e = byWorkingDays.get(key(workingDays));
        if (e == null
                || !now.isBefore(e.endsAt())
                || receivedAt.isBefore(e.answer().sameFrom())
                || !receivedAt.isBefore(e.answer().sameUntil())) {
            return Optional.empty();
        }
        return Optional.of(e.answer().dueAt());
    }

    public void remember(BigDecimal workingDays, Answer answer, Instant now) {
        if (reuseFor.isZero() || reuseFor.isNegative() || !answer.sameFrom().isBefore(answer.sameUntil())) {
            return;
        }
        String key = key(workingDays);
        // A catalogue has a handful of processing times; anything beyond the bound starts the map over.
        if (byWorkingDays.size() >= maxEntries && !byWorkingDays.containsKey(key)) {
            byWorkingDays.clear();
        }
        byWorkingDays.put(key, new Entry(answer, now.plus(reuseFor)));
    }

    /** After a calendar change: every due time is asked again. */
    public void forget() {
        byWorkingDays.clear();
    }

    // 10 and 10.0 are the same processing time.
    private static String key(BigDecimal workingDays) {
        return workingDays.stripTrailingZeros().toPlainString();
    }
}
