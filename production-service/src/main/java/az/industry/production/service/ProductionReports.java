package az.industry.production.service;

import jakarta.enterprise.context.ApplicationScoped;

import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.Money;
import az.industry.production.model.Production;
import az.industry.production.model.NewProduction;
import az.industry.recording.service.RecordType;

/** Production output as the shared write pipeline records it: its row, with the AZN value fixed at recording. */
@ApplicationScoped
public class ProductionReports extends RecordType<NewProduction, ProductionRecord, Production> {

    public ProductionReports() {
        super(RecordKind.PRODUCTION, NewProduction.class, Production.class, "producedOn");
    }

    @Override
    public Production toRow(NewProduction in) {
        Production row = new Production();
        row.producer = in.producer().strip();
        row.product = in.product().strip();
        row.quantity = in.quantity();
        row.unit = in.unit().strip();
        row.value = Money.exact(in.value());
        row.currency = in.currency();
        row.valueAzn = toAzn(row.value, in.currency());
        row.producedOn = in.producedOn();
        return row;
    }
}
