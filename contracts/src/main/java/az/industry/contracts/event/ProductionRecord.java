package az.industry.contracts.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import az.industry.contracts.zone.Sector;

/** A production output report as stored: the HTTP response body and the value of its Kafka events. */
public record ProductionRecord(
        UUID id,
        String zoneId,
        String producer,
        Sector sector,
        String product,
        BigDecimal quantity,
        String unit,
        BigDecimal value,
        String currency,
        BigDecimal valueAzn,
        LocalDate producedOn,
        Instant recordedAt,
        String recordedBy,
        boolean voided,
        Instant voidedAt,
        String voidedBy,
        String voidReason) implements IndustryRecord {

    @Override
    @JsonIgnore
    public RecordKind kind() {
        return RecordKind.PRODUCTION;
    }

    @Override
    @JsonIgnore
    public LocalDate occurredOn() {
        return producedOn;
    }

    @Override
    @JsonIgnore
    public BigDecimal azn() {
        return valueAzn;
    }

    @Override
    @JsonIgnore
    public String company() {
        return producer;
    }
}
