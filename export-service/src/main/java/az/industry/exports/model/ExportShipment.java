package az.industry.exports.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.zone.Sector;
import az.industry.recording.store.RecordRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code export_shipment}: one export shipment as recorded, with its AZN value fixed at recording time. */
@Entity
@Table(name = "export_shipment")
public class ExportShipment extends PanacheEntityBase implements RecordRow<ExportRecord> {

    @Id
    public UUID id;
    @Column(name = "zone_id", nullable = false)
    public String zoneId;
    @Column(nullable = false)
    public String exporter;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;
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
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(nullable = false)
    public boolean voided;
    @Column(name = "voided_at")
    public Instant voidedAt;
    @Column(name = "void_reason")
    public String voidReason;

    /** The record as the API and the events show it; the quantity without the column's trailing zeros. */
    @Override
    public ExportRecord toRecord() {
        return new ExportRecord(id, zoneId, exporter, sector, destinationCountry, hsCode, product, plain(quantity),
                unit, value, currency, valueAzn, shippedOn, recordedAt, voided, voidedAt, voidReason);
    }

    /** {@code 1200.500000} as {@code 1200.5}, {@code 3761.000000} as {@code 3761}: the same on write and read. */
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public boolean isVoided() {
        return voided;
    }

    @Override
    public void markVoided(Instant when, String reason) {
        voided = true;
        voidedAt = when;
        voidReason = reason;
    }
}
