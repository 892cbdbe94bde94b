package az.industry.production.service;

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
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.production.model.Production;
import az.industry.production.rest.NewProduction;
import az.industry.recording.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Records and voids production output: the row and its event are written in one transaction. */
@ApplicationScoped
public class ProductionService {

    @Inject
    CurrencyRates rates;

    @Inject
    Outbox outbox;

    @Transactional
    public ProductionRecord record(NewProduction in) {
        return recordAll(List.of(in)).get(0);
    }

    /** Records every output report and its event in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<ProductionRecord> recordAll(List<NewProduction> inputs) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ProductionRecord> records = new ArrayList<>(inputs.size());
        for (NewProduction in : inputs) {
            Production row = row(in, now);
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

    @Transactional
    public ProductionRecord voidRecord(UUID id, String reason) {
        Production row = Production.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw ProblemException.notFound("production", id);
        }
        if (row.voided) {
            throw ProblemException.conflict("already-voided", "production " + id + " was already voided");
        }
        row.voided = true;
        row.voidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        row.voidReason = reason.strip();
        ProductionRecord record = row.toRecord();
        outbox.add(record, RecordKind.PRODUCTION.voidedType());
        return record;
    }

    public ProductionRecord find(UUID id) {
        Production row = Production.findById(id);
        if (row == null) {
            throw ProblemException.notFound("production", id);
        }
        return row.toRecord();
    }

    /** A page of production output reports, newest first, optionally of one zone and between two dates (inclusive). */
    public Paged<ProductionRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (zoneId != null && !zoneId.isBlank()) {
            where.append(" and zoneId = :zoneId");
            params.and("zoneId", zoneId);
        }
        if (from != null) {
            where.append(" and producedOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and producedOn <= :to");
            params.and("to", to);
        }
        PanacheQuery<Production> query = Production.find(where.toString(),
                Sort.descending("recordedAt").and("id", Sort.Direction.Descending), params.map());
        List<ProductionRecord> items = query.page(Page.of(page, size)).list().stream().map(Production::toRecord).toList();
        return new Paged<>(items, query.count());
    }

    /** One page of results and the number of results on all pages. */
    public record Paged<T>(List<T> items, long total) {
    }
}
