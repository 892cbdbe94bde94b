package az.industry.exports.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.exports.model.ExportShipment;
import az.industry.exports.rest.NewExportShipment;
import az.industry.recording.outbox.Outbox;
import az.industry.recording.store.Paged;
import az.industry.recording.store.RecordStore;

/** Records and voids export shipments: the row and its event are written in one transaction. */
@ApplicationScoped
public class ExportService {

    @Inject
    CurrencyRates rates;

    @Inject
    Outbox outbox;

    @Inject
    RecordStore store;

    /** Records {@code in} as {@code who} (the token's sub) with its event, in one transaction. */
    @Transactional
    public ExportRecord record(NewExportShipment in, String who) {
        return recordAll(List.of(in), who).get(0);
    }

    /** Records every shipment and its event as {@code who}, in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<ExportRecord> recordAll(List<NewExportShipment> inputs, String who) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ExportRecord> records = new ArrayList<>(inputs.size());
        for (NewExportShipment in : inputs) {
            ExportShipment row = row(in, now);
            row.recordedBy = who;
            row.persist();
            records.add(row.toRecord());
        }
        outbox.addAll(records, RecordKind.EXPORT.recordedType());
        return records;
    }

    private ExportShipment row(NewExportShipment in, Instant now) {
        ExportShipment row = new ExportShipment();
        row.id = UUID.randomUUID();
        row.zoneId = in.zoneId();
        row.exporter = in.exporter().strip();
        row.sector = in.sector();
        row.destinationCountry = in.destinationCountry();
        row.hsCode = in.hsCode();
        row.product = in.product().strip();
        row.quantity = in.quantity();
        row.unit = in.unit().strip();
        row.value = Money.exact(in.value());
        row.currency = in.currency();
        row.valueAzn = Money.toAzn(row.value, rates.aznPerUnit(in.currency()).orElseThrow());
        row.shippedOn = in.shippedOn();
        row.recordedAt = now;
        return row;
    }

    /** Voids record {@code id} once, as {@code who}, with its voided event. */
    public ExportRecord voidRecord(UUID id, String reason, String who) {
        return store.voidRecord(ExportShipment.class, RecordKind.EXPORT, id, reason, who);
    }

    public ExportRecord find(UUID id) {
        return store.find(ExportShipment.class, RecordKind.EXPORT, id);
    }

    /** A page, newest first, optionally of one zone and between two dates of shippedOn (inclusive). */
    public Paged<ExportRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        return store.list(ExportShipment.class, "shippedOn", zoneId, from, to, page, size);
    }
}
