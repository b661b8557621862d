package vn.motcua.intake.dossier.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.motcua.intake.dossier.config.AppointmentSettings;
import vn.motcua.intake.dossier.domain.AppointmentCache;

/**
 * Asks tracking-service for the appointment, unless tracking's last answer for the same processing time holds for
 * this receipt too (same session of effective receipt). When tracking cannot answer in time the dossier is received
 * all the same, without an appointment; tracking's deadline event fills it in later.
 */
@ApplicationScoped
public class AppointmentService {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TrackingCalendarClient tracking;
    private final MeterRegistry registry;
    private final Clock clock;
    private final AppointmentCache known;
    private final Counter reused;

    public AppointmentService(
            @RestClient TrackingCalendarClient tracking,
            MeterRegistry registry,
            Clock clock,
            AppointmentSettings settings) {
        this.tracking = tracking;
        this.registry = registry;
        this.clock = clock;
        this.known = new AppointmentCache(settings.reuseFor(), settings.maxEntries());
        this.reused = registry.counter("intake_appointment_reused_total");
    }

    public Optional<Instant> appointment(Instant receivedAt, BigDecimal workingDays) {
        Optional<Instant> same = known.dueAt(workingDays, receivedAt, clock.instant());
        if (same.isPresent()) {
            reused.increment();
            return same;
        }
        try {
            var due = tracking.dueDate(
                    receivedAt.atZone(VIETNAM).toOffsetDateTime().toString(),
                    workingDays.stripTrailingZeros().toPlainString());
            due.reusable().ifPresent(answer -> known.remember(workingDays, answer, clock.instant()));
            return Optional.of(due.dueAt().toInstant());
        } catch (RuntimeException e) {
            registry.counter("intake_appointment_unavailable_total").increment();
            Log.warnf(
                    "tracking-service gave no appointment (%s); the dossier is received without one for now",
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A calendar change moved due times: ask tracking again for the next receipts. */
    public void forgetKnownDueTimes() {
        known.forget();
    }
}
