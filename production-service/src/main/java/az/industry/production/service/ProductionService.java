package az.industry.production.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.production.model.Production;
import az.industry.production.rest.NewProduction;
import az.industry.recording.outbox.Outbox;
import az.industry.recording.store.Paged;
import az.industry.recording.store.RecordStore;

/** Records and voids production output: the row and its event are written in one transaction. */
@ApplicationScoped
public class ProductionService {

    @Inject
    CurrencyRates rates;

    @Inject
    Outbox outbox;

    @Inject
    RecordStore store;

    /** Records {@code in} as {@code who} (the token's sub) with its event, in one transaction. */
    @Transactional
    public ProductionRecord record(NewProduction in, String who) {
        return recordAll(List.of(in), who).get(0);
    }

    /** Records every output report and its event as {@code who}, in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<ProductionRecord> recordAll(List<NewProduction> inputs, String who) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ProductionRecord> records = new ArrayList<>(inputs.size());
        for (NewProduction in : inputs) {
            Production row = row(in, now);
            row.recordedBy = who;
            row.persist();
            records.add(row.toRecord());
        }
        outbox.addAll(records, RecordKind.PRODUCTION.recordedType());
        return records;
    }

    private Production row(NewProduction in, Instant now) {
        Production row = new Production();
        row.id = UUID.randomUUID();
        row.zoneId = in.zoneId();
        row.producer = in.producer().strip();
        row.sector = in.sector();
        row.product = in.product().strip();
        row.quantity = in.quantity();
        row.unit = in.unit().strip();
        row.value = Money.exact(in.value());
        row.currency = in.currency();
        row.valueAzn = Money.toAzn(row.value, rates.aznPerUnit(in.currency()).orElseThrow());
        row.producedOn = in.producedOn();
        row.recordedAt = now;
        return row;
    }

    /** Voids record {@code id} once, as {@code who}, with its voided event. */
    public ProductionRecord voidRecord(UUID id, String reason, String who) {
        return store.voidRecord(Production.class, RecordKind.PRODUCTION, id, reason, who);
    }

    public ProductionRecord find(UUID id) {
        return store.find(Production.class, RecordKind.PRODUCTION, id);
    }

    /** A page, newest first, optionally of one zone and between two dates of producedOn (inclusive). */
    public Paged<ProductionRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        return store.list(Production.class, "producedOn", zoneId, from, to, page, size);
    }
}
