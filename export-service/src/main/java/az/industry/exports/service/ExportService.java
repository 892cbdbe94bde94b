package az.industry.exports.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import az.industry.common.rest.ProblemException;
import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.exports.model.ExportShipment;
import az.industry.exports.rest.NewExportShipment;
import az.industry.recording.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Records and voids export shipments: the row and its event are written in one transaction. */
@ApplicationScoped
public class ExportService {

    @Inject
    CurrencyRates rates;

    @Inject
    Outbox outbox;

    @Transactional
    public ExportRecord record(NewExportShipment in) {
        return recordAll(List.of(in)).get(0);
    }

    /** Records every shipment and its event in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<ExportRecord> recordAll(List<NewExportShipment> inputs) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ExportRecord> records = new ArrayList<>(inputs.size());
        for (NewExportShipment in : inputs) {
            ExportShipment row = row(in, now);
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

    @Transactional
    public ExportRecord voidRecord(UUID id, String reason) {
        ExportShipment row = ExportShipment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw ProblemException.notFound("export shipment", id);
        }
        if (row.voided) {
            throw ProblemException.conflict("already-voided", "export shipment " + id + " was already voided");
        }
        row.voided = true;
        row.voidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        row.voidReason = reason.strip();
        ExportRecord record = row.toRecord();
        outbox.add(record, RecordKind.EXPORT.voidedType());
        return record;
    }

    public ExportRecord find(UUID id) {
        ExportShipment row = ExportShipment.findById(id);
        if (row == null) {
            throw ProblemException.notFound("export shipment", id);
        }
        return row.toRecord();
    }

    /** A page of export shipments, newest first, optionally of one zone and between two dates (inclusive). */
    public Paged<ExportRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (zoneId != null && !zoneId.isBlank()) {
            where.append(" and zoneId = :zoneId");
            params.and("zoneId", zoneId);
        }
        if (from != null) {
            where.append(" and shippedOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and shippedOn <= :to");
            params.and("to", to);
        }
        PanacheQuery<ExportShipment> query = ExportShipment.find(where.toString(),
                Sort.descending("recordedAt").and("id", Sort.Direction.Descending), params.map());
        List<ExportRecord> items = query.page(Page.of(page, size)).list().stream().map(ExportShipment::toRecord).toList();
        return new Paged<>(items, query.count());
    }

    /** One page of results and the number of results on all pages. */
    public record Paged<T>(List<T> items, long total) {
    }
}
