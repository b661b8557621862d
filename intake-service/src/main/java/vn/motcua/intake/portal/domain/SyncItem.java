package vn.motcua.intake.portal.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a dossier to send, in the order it happened: intake's own (no status facts) or one of
 * tracking's status events. {@code recordSent}: the dossier's record after it is on the portal already,
 * only its progress update may remain.
 */
public record SyncItem(
        long id,
        String eventType,
        int nationalStatus,
        Instant occurredAt,
        Optional<StatusFacts> status,
        boolean recordSent,
        boolean sent) {

    /** intake's own changes: submitted online, received, not accepted. */
    public static final String SUBMITTED = "DOSSIER_SUBMITTED";

    public static final String RECEIVED = "DOSSIER_RECEIVED";
    public static final String NOT_ACCEPTED = "DOSSIER_NOT_ACCEPTED";

    /** The fields of tracking's status event the portal needs (none of them personal data of a citizen). */
    public record StatusFacts(
            String agencyCode,
            Optional<Instant> dueAt,
            Optional<String> reason,
            Optional<Instant> newAppointmentAt,
            Optional<String> actorName,
            Optional<String> actorTitle,
            Optional<String> actorDepartment,
            Optional<String> actorAgency,
            Optional<Step> step) {}

    /** The step a hand-over opened, with its own deadline (form 06). */
    public record Step(String name, Instant startedAt, Instant dueAt) {}

    /** The progress line (NoiDungXuLy) this change sends, if it is a processing step at all. */
    public Optional<String> progressText() {
        return Optional.ofNullable(PortalCodes.STEP_TEXT.get(eventType));
    }
}
