package az.industry.investment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import az.industry.common.rest.ProblemException;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.investment.model.Investment;
import az.industry.investment.rest.NewInvestment;
import az.industry.recording.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Records and voids investments: the row and its event are written in one transaction. */
@ApplicationScoped
public class InvestmentService {

    @Inject
    CurrencyRates rates;

    @Inject
    Outbox outbox;

    @Transactional
    public InvestmentRecord record(NewInvestment in) {
        return recordAll(List.of(in)).get(0);
    }

    /** Records every investment and its event in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<InvestmentRecord> recordAll(List<NewInvestment> investments) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<InvestmentRecord> records = new ArrayList<>(investments.size());
        for (NewInvestment in : investments) {
            Investment row = row(in, now);
            row.persist();
            records.add(row.toRecord());
        }
        outbox.addAll(records, RecordKind.INVESTMENT.recordedType());
        return records;
    }

    private Investment row(NewInvestment in, Instant now) {
        Investment row = new Investment();
        row.id = UUID.randomUUID();
        row.zoneId = in.zoneId();
        row.investor = in.investor().strip();
        row.sector = in.sector();
        row.amount = Money.exact(in.amount());
        row.currency = in.currency();
        row.amountAzn = Money.toAzn(row.amount, rates.aznPerUnit(in.currency()).orElseThrow());
        row.investedOn = in.investedOn();
        row.jobsCreated = in.jobsCreated();
        row.description = in.description();
        row.recordedAt = now;
        return row;
    }

    @Transactional
    public InvestmentRecord voidRecord(UUID id, String reason) {
        Investment row = Investment.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw ProblemException.notFound("investment", id);
        }
        if (row.voided) {
            throw ProblemException.conflict("already-voided", "investment " + id + " was already voided");
        }
        row.voided = true;
        row.voidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        row.voidReason = reason.strip();
        InvestmentRecord record = row.toRecord();
        outbox.add(record, RecordKind.INVESTMENT.voidedType());
        return record;
    }

    public InvestmentRecord find(UUID id) {
        Investment row = Investment.findById(id);
        if (row == null) {
            throw ProblemException.notFound("investment", id);
        }
        return row.toRecord();
    }

    /** A page of investments, newest first, optionally of one zone and between two dates (inclusive). */
    public Paged<InvestmentRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (zoneId != null && !zoneId.isBlank()) {
            where.append(" and zoneId = :zoneId");
            params.and("zoneId", zoneId);
        }
        if (from != null) {
            where.append(" and investedOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and investedOn <= :to");
            params.and("to", to);
        }
        PanacheQuery<Investment> query = Investment.find(where.toString(),
                Sort.descending("recordedAt").and("id", Sort.Direction.Descending), params.map());
        List<InvestmentRecord> items = query.page(Page.of(page, size)).list().stream().map(Investment::toRecord).toList();
        return new Paged<>(items, query.count());
    }

    /** One page of results and the number of results on all pages. */
    public record Paged<T>(List<T> items, long total) {
    }
}
