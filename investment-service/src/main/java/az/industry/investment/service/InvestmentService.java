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

import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.investment.model.Investment;
import az.industry.investment.rest.NewInvestment;
import az.industry.recording.outbox.Outbox;
import az.industry.recording.store.Paged;
import az.industry.recording.store.RecordStore;

/** Records and voids investments: the row and its event are written in one transaction. */
@ApplicationScoped
public class InvestmentService {

    @Inject
    CurrencyRates rates;

    @Inject
    Outbox outbox;

    @Inject
    RecordStore store;

    /** Records {@code in} as {@code who} (the token's sub) with its event, in one transaction. */
    @Transactional
    public InvestmentRecord record(NewInvestment in, String who) {
        return recordAll(List.of(in), who).get(0);
    }

    /** Records every investment and its event as {@code who}, in one transaction (batched inserts); all or nothing. */
    @Transactional
    public List<InvestmentRecord> recordAll(List<NewInvestment> investments, String who) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<InvestmentRecord> records = new ArrayList<>(investments.size());
        for (NewInvestment in : investments) {
            Investment row = row(in, now);
            row.recordedBy = who;
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

    /** Voids record {@code id} once, as {@code who}, with its voided event. */
    public InvestmentRecord voidRecord(UUID id, String reason, String who) {
        return store.voidRecord(Investment.class, RecordKind.INVESTMENT, id, reason, who);
    }

    public InvestmentRecord find(UUID id) {
        return store.find(Investment.class, RecordKind.INVESTMENT, id);
    }

    /** A page, newest first, optionally of one zone and between two dates of investedOn (inclusive). */
    public Paged<InvestmentRecord> list(String zoneId, LocalDate from, LocalDate to, int page, int size) {
        return store.list(Investment.class, "investedOn", zoneId, from, to, page, size);
    }
}
