package vn.motcua.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.notification.message.domain.QuietHours;

class QuietHoursTest {
    static final QuietHours NIGHT =
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), ZoneId.of("Asia/Ho_Chi_Minh"));

    @ParameterizedTest
    @CsvSource({
        "2026-11-28T20:59:59+07:00, ",
        "2026-11-28T21:00:00+07:00, 2026-11-29T07:00:00+07:00",
        "2026-11-28T23:30:00+07:00, 2026-11-29T07:00:00+07:00",
        "2026-11-29T00:00:00+07:00, 2026-11-29T07:00:00+07:00",
        "2026-11-29T06:59:00+07:00, 2026-11-29T07:00:00+07:00",
        "2026-11-29T07:00:00+07:00, ",
        "2026-11-29T12:00:00+07:00, ",
        // 15:00 UTC is 22:00 in Hà Nội
        "2026-11-28T15:00:00Z, 2026-11-29T07:00:00+07:00"
    })
    void messagesAtNightWaitForSevenInTheMorning(String at, String release) {
        Optional<java.time.Instant> expected = release == null
                ? Optional.empty()
                : Optional.of(OffsetDateTime.parse(release).toInstant());
        assertEquals(expected, NIGHT.holdUntil(OffsetDateTime.parse(at).toInstant()));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-28T13:00:00+07:00, 2026-11-28T14:00:00+07:00", "2026-11-28T12:59:00+07:00, "})
    void aDaytimeWindowWorksToo(String at, String release) {
        var lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), ZoneId.of("Asia/Ho_Chi_Minh"));
        Optional<java.time.Instant> expected = release == null
                ? Optional.empty()
                : Optional.of(OffsetDateTime.parse(release).toInstant());
        assertEquals(expected, lunch.holdUntil(OffsetDateTime.parse(at).toInstant()));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-28T23:00:00+07:00", "2026-11-28T10:00:00+07:00"})
    void equalStartAndEndMeanNoQuietHours(String at) {
        var off = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(Optional.empty(), off.holdUntil(OffsetDateTime.parse(at).toInstant()));
    }
}
