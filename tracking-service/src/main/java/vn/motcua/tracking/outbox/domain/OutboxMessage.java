package vn.motcua.tracking.outbox.domain;

import java.time.Instant;

/** What every tracking event says about itself; the event record is serialised whole as the message value. */
public interface OutboxMessage {
    String eventId();

    String type();

    /** The message key: the dossier's code, or the agency's for an agency event (per-key order on the topic). */
    String aggregateId();

    Instant occurredAt();
}
