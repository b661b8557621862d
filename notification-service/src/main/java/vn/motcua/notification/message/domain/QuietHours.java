package vn.motcua.notification.message.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** SMS and Zalo are not sent at night: a message falling in [start, end) local time waits until end. */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** When a message planned at {@code now} may go out, if not now. */
    public Optional<Instant> holdUntil(Instant now) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean quiet =
                start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime release = local.with(end);
        if (!release.isAfter(local)) {
            release = release.plusDays(1);
        }
        return Optional.of(release.toInstant());
    }
}
