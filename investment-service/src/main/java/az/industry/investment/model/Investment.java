package az.industry.investment.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import az.industry.contracts.event.InvestmentRecord;
import az.industry.recording.store.RecordRow;

/** A row of {@code investment}: one investment as recorded, with its AZN amount fixed at recording time. */
@Entity
@Table(name = "investment")
public class Investment extends RecordRow<InvestmentRecord> {

    @Column(nullable = false)
    public String investor;
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

    /** The record as the API and the events show it. */
    @Override
    public InvestmentRecord toRecord() {
        return new InvestmentRecord(id, zoneId, investor, sector, amount, currency, amountAzn, investedOn, jobsCreated,
                description, recordedAt, recordedBy, voided, voidedAt, voidedBy, voidReason);
    }
}
