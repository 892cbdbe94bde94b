package az.industry.production.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import az.industry.contracts.event.ProductionRecord;
import az.industry.recording.store.RecordRow;

/** A row of {@code production}: one production output report as recorded, with its AZN value fixed at recording time. */
@Entity
@Table(name = "production")
public class Production extends RecordRow<ProductionRecord> {

    @Column(nullable = false)
    public String producer;
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
    @Column(name = "produced_on", nullable = false)
    public LocalDate producedOn;

    /** The record as the API and the events show it; the quantity without the column's trailing zeros. */
    @Override
    public ProductionRecord toRecord() {
        return new ProductionRecord(id, zoneId, producer, sector, product, plain(quantity), unit, value, currency,
                valueAzn, producedOn, recordedAt, recordedBy, voided, voidedAt, voidedBy, voidReason);
    }

}
