package vn.motcua.intake.dossier.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks tracking-service for the appointment. When tracking cannot answer in time the dossier is received all
 * the same, without an appointment; tracking's deadline event fills it in later.
 */
@ApplicationScoped
public class AppointmentService {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TrackingCalendarClient tracking;
    private final MeterRegistry registry;

    public AppointmentService(@RestClient TrackingCalendarClient tracking, MeterRegistry registry) {
        this.tracking = tracking;
        this.registry = registry;
    }

    public Optional<Instant> appointment(Instant receivedAt, BigDecimal workingDays) {
        try {
            var due = tracking.dueDate(
                    receivedAt.atZone(VIETNAM).toOffsetDateTime().toString(),
                    workingDays.stripTrailingZeros().toPlainString());
            return Optional.of(due.dueAt().toInstant());
        } catch (RuntimeException e) {
            registry.counter("intake_appointment_unavailable_total").increment();
            Log.warnf(
                    "tracking-service gave no appointment (%s); the dossier is received without one for now",
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
