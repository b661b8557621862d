package vn.motcua.intake.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dossier as the portal should see it after a given change: intake's facts folded with every change up to
 * and including it. Plain state, so a resend after a crash builds exactly the same request again.
 */
public final class PortalRecord {
    int status = 1;
    String holdingAgency;
    Optional<Instant> receivedAt = Optional.empty();
    Optional<Instant> appointment = Optional.empty();
    Optional<Instant> resolvedAt = Optional.empty();
    Optional<Instant> returnedAt = Optional.empty();
    Optional<Instant> refusedAt = Optional.empty();
    private Optional<Instant> supplementRequestedAt = Optional.empty();
    private Optional<String> supplementReason = Optional.empty();
    final List<Supplement> supplements = new ArrayList<>();
    private final DossierFacts facts;

    /** A supplement round: requested, handed in, and the appointment before and after it. */
    public record Supplement(
            Instant requestedAt,
            Instant receivedAt,
            Optional<Instant> oldAppointment,
            Optional<Instant> newAppointment,
            Optional<String> reason) {}

    private PortalRecord(DossierFacts f) {
        facts = f;
        holdingAgency = f.agencyCode();
    }

    /** The record after {@code upTo} (inclusive) of the dossier's changes, which come in order. */
    public static PortalRecord fold(DossierFacts f, List<SyncItem> items, long upTo) {
        PortalRecord r = new PortalRecord(f);
        for (SyncItem i : items) {
            if (i.id() > upTo) {
                break;
            }
            r.apply(i);
        }
        return r;
    }

    private void apply(SyncItem i) {
        status = i.nationalStatus();
        if (i.status().isEmpty()) {
            switch (i.eventType()) {
                case SyncItem.RECEIVED -> {
                    receivedAt = Optional.of(i.occurredAt());
                    appointment = facts.appointmentAt();
                }
                case SyncItem.NOT_ACCEPTED -> refusedAt = Optional.of(i.occurredAt());
                default -> {}
            }
            return;
        }
        SyncItem.StatusFacts s = i.status().get();
        holdingAgency = s.agencyCode();
        if (appointment.isEmpty()) {
            appointment = s.dueAt();
        }
        switch (i.eventType()) {
            case "DOSSIER_SUPPLEMENT_REQUESTED" -> {
                supplementRequestedAt = Optional.of(i.occurredAt());
                supplementReason = s.reason();
            }
            case "DOSSIER_SUPPLEMENT_RECEIVED" -> {
                Optional<Instant> before = appointment;
                appointment = s.dueAt().or(() -> before);
                supplements.add(new Supplement(
                        supplementRequestedAt.orElse(i.occurredAt()),
                        i.occurredAt(),
                        before,
                        appointment,
                        supplementReason));
                supplementRequestedAt = Optional.empty();
                supplementReason = Optional.empty();
            }
            case "DOSSIER_APOLOGY_ISSUED" -> appointment = s.newAppointmentAt().or(() -> appointment);
            case "DOSSIER_RESOLVED", "DOSSIER_WITHDRAWN", "DOSSIER_SUSPENDED" ->
                resolvedAt = Optional.of(i.occurredAt());
            case "DOSSIER_RETURNED" -> returnedAt = Optional.of(i.occurredAt());
            default -> {}
        }
    }
}
