package az.industry.production.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.production.model.Production;
import az.industry.production.model.NewProduction;
import az.industry.recording.service.RecordType;

/** Production output as the shared write pipeline records it: its row, with the AZN value fixed at recording. */
@ApplicationScoped
public class ProductionReports implements RecordType<NewProduction, ProductionRecord, Production> {

    @Inject
    CurrencyRates rates;

    @Override
    public RecordKind kind() {
        return RecordKind.PRODUCTION;
    }

    @Override
    public Class<NewProduction> inputType() {
        return NewProduction.class;
    }

    @Override
    public Class<Production> rowType() {
        return Production.class;
    }

    @Override
    public String dateField() {
        return "producedOn";
    }

    @Override
    public Production toRow(NewProduction in) {
        Production row = new Production();
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
        return row;
    }
}
