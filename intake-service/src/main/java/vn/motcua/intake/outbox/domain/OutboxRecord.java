package vn.motcua.intake.outbox.domain;

import java.time.Instant;

/**
 * One outbox row as written and as published: a committed transaction hands its rows to the relay in memory,
 * and the relay reads the same fields back from the table when it falls back to it.
 */
public record OutboxRecord(String eventId, String aggregateId, String type, String payload, Instant createdAt) {}
