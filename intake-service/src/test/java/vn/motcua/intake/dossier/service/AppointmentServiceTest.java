package vn.motcua.intake.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.config.AppointmentSettings;

class AppointmentServiceTest {
    static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    static final OffsetDateTime DUE = OffsetDateTime.of(2026, 11, 26, 11, 30, 0, 0, HANOI);
    static final Instant MONDAY_9 = Instant.parse("2026-11-23T02:00:00Z");

    /** tracking-service: the brief's example, with or without the window; down when asked for 15 days. */
    static final class FakeTracking implements TrackingCalendarClient {
        final List<String> calls = new ArrayList<>();
        boolean window = true;

        @Override
        public DueDate dueDate(String receivedAt, String workingDays) {
            calls.add(receivedAt + " " + workingDays);
            if (workingDays.equals("15")) {
                throw new IllegalStateException("connection reset");
            }
            return new DueDate(
                    OffsetDateTime.parse(receivedAt),
                    DUE,
                    workingDays,
                    window ? OffsetDateTime.of(2026, 11, 20, 17, 0, 0, 0, HANOI) : null,
                    window ? OffsetDateTime.of(2026, 11, 23, 11, 30, 0, 0, HANOI) : null);
        }
    }

    final FakeTracking tracking = new FakeTracking();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    AppointmentService service(Duration reuseFor) {
        AppointmentSettings settings = new AppointmentSettings() {
            @Override
            public Duration reuseFor() {
                return reuseFor;
            }

            @Override
            public int maxEntries() {
                return 64;
            }
        };
        return new AppointmentService(tracking, registry, Clock.fixed(MONDAY_9, ZoneOffset.UTC), settings);
    }

    @Test
    void receiptsOfOneSessionAskTrackingOnce() {
        AppointmentService s = service(Duration.ofSeconds(30));
        assertEquals(Optional.of(DUE.toInstant()), s.appointment(MONDAY_9, new BigDecimal("3")));
        assertEquals(Optional.of(DUE.toInstant()), s.appointment(MONDAY_9.plusSeconds(600), new BigDecimal("3")));
        assertEquals(List.of("2026-11-23T09:00+07:00 3"), tracking.calls);
        assertEquals(1.0, registry.counter("intake_appointment_reused_total").count());
        // After lunch is another session: asked again.
        s.appointment(Instant.parse("2026-11-23T07:00:00Z"), new BigDecimal("3"));
        assertEquals(2, tracking.calls.size());
    }

    @Test
    void anotherProcessingTimeOrACalendarChangeAsksAgain() {
        AppointmentService s = service(Duration.ofSeconds(30));
        s.appointment(MONDAY_9, new BigDecimal("3"));
        s.appointment(MONDAY_9, new BigDecimal("5"));
        s.forgetKnownDueTimes();
        s.appointment(MONDAY_9, new BigDecimal("3"));
        assertEquals(3, tracking.calls.size());
    }

    @Test
    void withoutAWindowOrWithReuseOffEveryReceiptAsks() {
        tracking.window = false;
        AppointmentService s = service(Duration.ofSeconds(30));
        s.appointment(MONDAY_9, new BigDecimal("3"));
        s.appointment(MONDAY_9, new BigDecimal("3"));
        tracking.window = true;
        AppointmentService off = service(Duration.ZERO);
        off.appointment(MONDAY_9, new BigDecimal("3"));
        off.appointment(MONDAY_9, new BigDecimal("3"));
        assertEquals(4, tracking.calls.size());
    }

    @Test
    void aFailureGivesNoAppointmentAndIsNotRemembered() {
        AppointmentService s = service(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), s.appointment(MONDAY_9, new BigDecimal("15")));
        assertEquals(Optional.empty(), s.appointment(MONDAY_9, new BigDecimal("15")));
        assertEquals(2, tracking.calls.size());
        assertEquals(
                2.0, registry.counter("intake_appointment_unavailable_total").count());
    }
}
