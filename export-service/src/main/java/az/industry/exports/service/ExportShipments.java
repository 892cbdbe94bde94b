package az.industry.exports.service;

import jakarta.enterprise.context.ApplicationScoped;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.RecordKind;
import az.industry.contracts.money.Money;
import az.industry.exports.model.ExportShipment;
import az.industry.exports.model.NewExportShipment;
import az.industry.recording.service.RecordType;

/** Export shipments as the shared write pipeline records them: their row, with the AZN value fixed at recording. */
@ApplicationScoped
public class ExportShipments extends RecordType<NewExportShipment, ExportRecord, ExportShipment> {

    public ExportShipments() {
        super(RecordKind.EXPORT, NewExportShipment.class, ExportShipment.class, "shippedOn");
    }

    @Override
    public ExportShipment toRow(NewExportShipment in) {
        ExportShipment row = new ExportShipment();
        row.exporter = in.exporter().strip();
        row.destinationCountry = in.destinationCountry();
        row.hsCode = in.hsCode();
        row.product = in.product().strip();
        row.quantity = in.quantity();
        row.unit = in.unit().strip();
        row.value = Money.exact(in.value());
        row.currency = in.currency();
        row.valueAzn = toAzn(row.value, in.currency());
        row.shippedOn = in.shippedOn();
        return row;
    }
}
