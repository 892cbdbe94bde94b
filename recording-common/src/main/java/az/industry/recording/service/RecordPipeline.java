package az.industry.recording.service;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import az.industry.common.model.NewRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.common.tracing.TraceParent;
import az.industry.recording.outbox.Outbox;
import az.industry.recording.store.Paged;
import az.industry.recording.store.RecordRow;
import az.industry.recording.store.RecordStore;

/**
 * The write path of every write service, declared by its {@link RecordType}: records one (through the group
 * commit) or a batch (one transaction), voids, finds and lists; each record's event goes to the outbox in the
 * record's own transaction.
 */
@ApplicationScoped
public class RecordPipeline {

    @Inject
    RecordType<?, ?, ?> type;

    @Inject
    GroupCommit groupCommit;

    @Inject
    Outbox outbox;

    @Inject
    RecordStore store;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile Counter accepted;

    /** The service's record type. */
    public RecordType<?, ?, ?> type() {
        return type;
    }

    /**
     * Records {@code in} as {@code who}: 201 at {@code collection/id} once its transaction committed; with a
     * {@code key} (its request fingerprinted as {@code requestHash}) at most once, replaying the first answer.
     */
    public Response record(NewRecord in, String who, String key, String requestHash, URI collection) {
        RecordRow<?> row = newRow(in, who, now());
        IndustryRecord record = row.toRecord();
        URI location = URI.create(collection.toString().replaceAll("/+$", "") + "/" + record.id());
        String body = key == null ? null : serialise(record);
        Response replayed = groupCommit.submit(new PendingWrite(row, record, key,
                requestHash, location, body, TraceParent.current(), new CompletableFuture<>()));
        if (replayed != null) {
            return replayed;
        }
        accepted().increment();
        Response.ResponseBuilder created = Response.created(location);
        // with a key: exactly the answer stored with it, so a replay is byte for byte the same
        return key == null ? created.entity(record).build() : created.entity(body).type(MediaType.APPLICATION_JSON).build();
    }

    /** Records every row and its event as {@code who}, in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<IndustryRecord> recordAll(List<? extends NewRecord> inputs, String who) {
        Instant now = now();
        List<IndustryRecord> records = new ArrayList<>(inputs.size());
        for (NewRecord in : inputs) {
            RecordRow<?> row = newRow(in, who, now);
            row.persist();
            records.add(row.toRecord());
        }
        outbox.addAll(records, type.kind().recordedType());
        countOnCommit(records.size());
        return records;
    }

    /** {@code records_accepted_total{type}}: records stored (counted once their transaction committed). */
    private Counter accepted() {
        Counter counter = accepted;
        if (counter == null) {
            counter = Counter.builder("records.accepted").tag("type", type.kind().name().toLowerCase(Locale.ROOT))
                    .description("Records stored since start").register(registry);
            accepted = counter;
        }
        return counter;
    }

    private void countOnCommit(int records) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted after the commit only
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    accepted().increment(records);
                }
            }
        });
    }

    /** Voids record {@code id} once, as {@code who}, with its voided event. */
    public IndustryRecord voidRecord(UUID id, String reason, String who) {
        return store.voidRecord(type.rowType(), type.kind(), id, reason, who);
    }

    /** Record {@code id}, or 404. */
    public IndustryRecord find(UUID id) {
        return store.find(type.rowType(), type.kind(), id);
    }

    /** A page, newest first, optionally of one zone and between two dates of the record's own date (inclusive). */
    public Paged<? extends IndustryRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        return store.list(type.rowType(), type.dateField(), zoneId, from, to, page, size);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private RecordRow<?> newRow(NewRecord in, String who, Instant now) {
        RecordRow<?> row = ((RecordType) type).toRow(in);
        row.id = UUID.randomUUID();
        row.zoneId = in.zoneId();
        row.sector = in.sector();
        row.recordedAt = now;
        row.recordedBy = who;
        return row;
    }

    private String serialise(IndustryRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + record.id(), e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
