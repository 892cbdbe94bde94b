package az.industry.production.model;

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

import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.zone.Sector;
import az.industry.recording.store.RecordRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code production}: one production output report as recorded, with its AZN value fixed at recording time. */
@Entity
@Table(name = "production")
public class Production extends PanacheEntityBase implements RecordRow<ProductionRecord> {

    @Id
    public UUID id;
    @Column(name = "zone_id", nullable = false)
    public String zoneId;
    @Column(nullable = false)
    public String producer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;
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
    public ProductionRecord toRecord() {
        return new ProductionRecord(id, zoneId, producer, sector, product, plain(quantity), unit, value, currency,
                valueAzn, producedOn, recordedAt, voided, voidedAt, voidReason);
    }

    /** {@code 3761.000000} as {@code 3761}, {@code 1200.500000} as {@code 1200.5}: the same on write and read. */
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
