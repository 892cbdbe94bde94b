package az.industry.recording.outbox;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.common.tracing.TraceParent;
import az.industry.contracts.event.IndustryRecord;

/** Writes events into the outbox inside the caller's transaction, and wakes the relay after commit. */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (event_id, topic, record_key, event_type, source,"
            + " subject, occurred_at, payload, traceparent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows sent to PostgreSQL per JDBC batch. */
    private static final int JDBC_BATCH = 500;
    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Adds the "recorded" or "voided" event of {@code record}; must run inside the record's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(IndustryRecord record, String eventType) {
        addAll(List.of(record), eventType);
    }

    /**
     * Adds one event of type {@code eventType} per record, in list order (the relay publishes them in that
     * order), as JDBC batches, each with the current trace context; must run inside the records' transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(List<? extends IndustryRecord> records, String eventType) {
        addAll(records, eventType, Collections.nCopies(records.size(), TraceParent.current()));
    }

    /**
     * As {@link #addAll(List, String)}, with each record's own trace context ({@code traceparents}, same order and
     * size; an element may be null): for writes made on other threads than the requests they answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(List<? extends IndustryRecord> records, String eventType, List<String> traceparents) {
        if (records.size() != traceparents.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + traceparents.size() + " trace contexts");
        }
        if (records.isEmpty()) {
            return;
        }
        OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (int i = 0; i < records.size(); i++) {
                    IndustryRecord record = records.get(i);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, record.kind().topic());
                    insert.setString(3, record.zoneId());
                    insert.setString(4, eventType);
                    insert.setString(5, record.kind().source());
                    insert.setString(6, record.id().toString());
                    insert.setObject(7, now);
                    insert.setString(8, payload(record));
                    insert.setString(9, traceparents.get(i));
                    insert.addBatch();
                    if (++pending == JDBC_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
        wakeRelayAfterCommit();
    }

    private String payload(IndustryRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + record.id(), e);
        }
    }

    /** Once per transaction: wake the relay when it commits. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
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
    }
}
