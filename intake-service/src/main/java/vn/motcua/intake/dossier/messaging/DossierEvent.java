package vn.motcua.intake.dossier.messaging;

import java.time.Instant;
import java.util.List;
import vn.motcua.intake.common.domain.EventIds;
import vn.motcua.intake.outbox.domain.OutboxMessage;

/**
 * What intake publishes on dossier-intake-events (schema: src/main/resources/events/dossier-event.schema.json).
 * It carries only the personal data its consumers need: the notifier's contact details and a hash of the
 * ID number (for "my dossiers" views), never the ID number itself or the address.
 */
public record DossierEvent(
        String eventId,
        String type,
        String dossierCode,
        Instant occurredAt,
        int nationalStatus,
        String agencyCode,
        String agencyName,
        String procedureCode,
        int procedureVersion,
        String procedureName,
        String channel,
        Applicant applicant,
        Instant receivedAt,
        Instant appointmentAt,
        String workingDays,
        String supplementPolicy,
        List<Step> steps,
        List<String> reasons,
        Components components)
        implements OutboxMessage {

    public static final String SUBMITTED = "DOSSIER_SUBMITTED";
    public static final String RECEIVED = "DOSSIER_RECEIVED";
    public static final String NOT_ACCEPTED = "DOSSIER_NOT_ACCEPTED";
    /** The applicant sent asked-for papers online: the holding agency's desk and the applicant hear of it. */
    public static final String SUPPLEMENT_SUBMITTED = "DOSSIER_SUPPLEMENT_SUBMITTED";

    public record Applicant(String type, String fullName, String email, String phone, String idHash) {}

    public record Step(String name, String workingDays) {}

    /** On DOSSIER_RECEIVED: how many components came, and how many of them as files (digitised). */
    public record Components(int received, int digitised) {}

    @Override
    public String aggregateId() {
        return dossierCode;
    }

    public static String newId() {
        return EventIds.next();
    }
}
