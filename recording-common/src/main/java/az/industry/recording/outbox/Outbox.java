package az.industry.recording.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.contracts.event.IndustryRecord;

/** Writes events into the outbox inside the caller's transaction, and wakes the relay after commit. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Adds the "recorded" or "voided" event of {@code record}; must run inside the record's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent add(IndustryRecord record, String eventType) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = record.kind().topic();
        event.recordKey = record.zoneId();
        event.eventType = eventType;
        event.source = record.kind().source();
        event.subject = record.id().toString();
        event.occurredAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try {
            event.payload = json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + record.id(), e);
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
