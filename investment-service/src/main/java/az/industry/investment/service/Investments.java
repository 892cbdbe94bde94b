package az.industry.investment.service;

import jakarta.enterprise.context.ApplicationScoped;

import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.Money;
import az.industry.investment.model.Investment;
import az.industry.investment.model.NewInvestment;
import az.industry.recording.service.RecordType;

/** Investments as the shared write pipeline records them: their row, with the AZN amount fixed at recording. */
@ApplicationScoped
public class Investments extends RecordType<NewInvestment, InvestmentRecord, Investment> {

    public Investments() {
        super(RecordKind.INVESTMENT, NewInvestment.class, Investment.class, "investedOn");
    }

    @Override
    public Investment toRow(NewInvestment in) {
        Investment row = new Investment();
        row.investor = in.investor().strip();
        row.amount = Money.exact(in.amount());
        row.currency = in.currency();
        row.amountAzn = toAzn(row.amount, in.currency());
        row.investedOn = in.investedOn();
        row.jobsCreated = in.jobsCreated();
        row.description = in.description();
        return row;
    }
}
