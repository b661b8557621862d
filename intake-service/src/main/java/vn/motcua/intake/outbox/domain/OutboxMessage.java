package vn.motcua.intake.outbox.domain;

import java.time.Instant;

/** What every intake event says about itself; the event record is serialised whole as the message value. */
public interface OutboxMessage {
    String eventId();

    String type();

    String dossierCode();

    Instant occurredAt();
}
