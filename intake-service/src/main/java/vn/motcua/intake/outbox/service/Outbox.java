package vn.motcua.intake.outbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.motcua.intake.outbox.messaging.OutboxRelay;
import vn.motcua.intake.outbox.domain.OutboxEvent;
import vn.motcua.intake.outbox.domain.OutboxMessage;

/** Appends an event to the outbox inside the caller's transaction, so the change and its event commit together. */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(OutboxMessage message) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = message.eventId();
        event.aggregateId = message.aggregateId();
        event.eventType = message.type();
        event.createdAt = message.occurredAt();
        try {
            event.payload = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event is not serialisable: " + message.type(), e);
        }
        event.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return event;
    }
}
