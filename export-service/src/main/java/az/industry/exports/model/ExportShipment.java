package az.industry.exports.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import az.industry.contracts.event.ExportRecord;
import az.industry.recording.store.RecordRow;

/** A row of {@code export_shipment}: one export shipment as recorded, with its AZN value fixed at recording time. */
@Entity
@Table(name = "export_shipment")
public class ExportShipment extends RecordRow<ExportRecord> {

    @Column(nullable = false)
    public String exporter;
    @Column(name = "destination_country", nullable = false, length = 2)
    public String destinationCountry;
    @Column(name = "hs_code", nullable = false, length = 6)
    public String hsCode;
    @Column(nullable = false)
    public String product;
    @Column(nullable = false, precision = 21, scale = 6)
    public BigDecimal quantity;
    @Column(nullable = false, length = 50)
    public String unit;
    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal value;
    @Column(nullable = false, length = 3)
    public String currency;
    @Column(name = "value_azn", nullable = false, precision = 19, scale = 2)
    public BigDecimal valueAzn;
    @Column(name = "shipped_on", nullable = false)
    public LocalDate shippedOn;

    /** The record as the API and the events show it; the quantity without the column's trailing zeros. */
    @Override
    public ExportRecord toRecord() {
        return new ExportRecord(id, zoneId, exporter, sector, destinationCountry, hsCode, product, plain(quantity),
                unit, value, currency, valueAzn, shippedOn, recordedAt, recordedBy, voided, voidedAt, voidedBy, voidReason);
    }

}
