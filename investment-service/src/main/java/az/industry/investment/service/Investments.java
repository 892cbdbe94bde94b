package az.industry.investment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.investment.model.Investment;
import az.industry.investment.model.NewInvestment;
import az.industry.recording.service.RecordType;

/** Investments as the shared write pipeline records them: their row, with the AZN amount fixed at recording. */
@ApplicationScoped
public class Investments implements RecordType<NewInvestment, InvestmentRecord, Investment> {

    @Inject
    CurrencyRates rates;

    @Override
    public RecordKind kind() {
        return RecordKind.INVESTMENT;
    }

    @Override
    public Class<NewInvestment> inputType() {
        return NewInvestment.class;
    }

    @Override
    public Class<Investment> rowType() {
        return Investment.class;
    }

    @Override
    public String dateField() {
        return "investedOn";
    }

    @Override
    public Investment toRow(NewInvestment in) {
        Investment row = new Investment();
        row.zoneId = in.zoneId();
        row.investor = in.investor().strip();
        row.sector = in.sector();
        row.amount = Money.exact(in.amount());
        row.currency = in.currency();
        row.amountAzn = Money.toAzn(row.amount, rates.aznPerUnit(in.currency()).orElseThrow());
        row.investedOn = in.investedOn();
        row.jobsCreated = in.jobsCreated();
        row.description = in.description();
        return row;
    }
}
