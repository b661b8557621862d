package vn.motcua.tracking.lifecycle.messaging;

import vn.motcua.tracking.outbox.domain.OutboxMessage;

import java.time.Instant;
import java.util.UUID;

/**
 * What tracking publishes on dossier-status-events, keyed by dossier code: every transition with the
 * national status code and the due date in force (DOSSIER_DEADLINE_SET tells intake and the notifier the
 * appointment). No personal data: the notifier has the contact details from intake's events.
 */
public record StatusEvent(String eventId, String type, String dossierCode, Instant occurredAt, int nationalStatus,
                          String status, String agencyCode, String procedureCode, Instant dueAt, String outcome,
                          String actorRole, String actorAgency) implements OutboxMessage {

    public static final String DEADLINE_SET = "DOSSIER_DEADLINE_SET";

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
