package az.industry.investment.model;

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

import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.zone.Sector;
import az.industry.recording.store.RecordRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code investment}: one investment as recorded, with its AZN amount fixed at recording time. */
@Entity
@Table(name = "investment")
public class Investment extends PanacheEntityBase implements RecordRow<InvestmentRecord> {

    @Id
    public UUID id;
    @Column(name = "zone_id", nullable = false)
    public String zoneId;
    @Column(nullable = false)
    public String investor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;
    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;
    @Column(nullable = false, length = 3)
    public String currency;
    @Column(name = "amount_azn", nullable = false, precision = 19, scale = 2)
    public BigDecimal amountAzn;
    @Column(name = "invested_on", nullable = false)
    public LocalDate investedOn;
    @Column(name = "jobs_created", nullable = false)
    public int jobsCreated;
    public String description;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(nullable = false)
    public boolean voided;
    @Column(name = "voided_at")
    public Instant voidedAt;
    @Column(name = "void_reason")
    public String voidReason;

    /** The record as the API and the events show it. */
    @Override
    public InvestmentRecord toRecord() {
        return new InvestmentRecord(id, zoneId, investor, sector, amount, currency, amountAzn, investedOn, jobsCreated,
                description, recordedAt, voided, voidedAt, voidReason);
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
