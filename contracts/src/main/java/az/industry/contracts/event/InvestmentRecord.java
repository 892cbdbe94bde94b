package az.industry.contracts.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import az.industry.contracts.zone.Sector;

/** An investment as stored: the HTTP response body and the value of its Kafka events. */
public record InvestmentRecord(
        UUID id,
        String zoneId,
        String investor,
        Sector sector,
        BigDecimal amount,
        String currency,
        BigDecimal amountAzn,
        LocalDate investedOn,
        int jobsCreated,
        String description,
        Instant recordedAt,
        String recordedBy,
        boolean voided,
        Instant voidedAt,
        String voidedBy,
        String voidReason) implements IndustryRecord {

    @Override
    @JsonIgnore
    public RecordKind kind() {
        return RecordKind.INVESTMENT;
    }

    @Override
    @JsonIgnore
    public LocalDate occurredOn() {
        return investedOn;
    }

    @Override
    @JsonIgnore
    public BigDecimal azn() {
        return amountAzn;
    }

    @Override
    @JsonIgnore
    public String company() {
        return investor;
    }
}
