package vn.motcua.intake.agency.messaging;

import java.time.Instant;
import vn.motcua.intake.common.domain.EventIds;
import vn.motcua.intake.outbox.domain.OutboxMessage;

/**
 * What intake publishes on agency-events (schema: src/main/resources/events/agency-event.schema.json), keyed by the
 * agency's code: AGENCY_MERGED when an agency is dissolved into a successor. Intake has retired the agency and moved
 * its NEW dossiers in the same transaction; tracking moves the dossiers it tracks, the notifier its mailbox.
 */
public record AgencyEvent(
        String eventId,
        String type,
        String agencyCode,
        String agencyName,
        String successorCode,
        String successorName,
        Instant occurredAt,
        String actor)
        implements OutboxMessage {
    public static final String MERGED = "AGENCY_MERGED";

    public static AgencyEvent merged(
            String agency, String agencyName, String successor, String successorName, Instant at, String actor) {
        return new AgencyEvent(EventIds.next(), MERGED, agency, agencyName, successor, successorName, at, actor);
    }

    @Override
    public String aggregateId() {
        return agencyCode;
    }
}
