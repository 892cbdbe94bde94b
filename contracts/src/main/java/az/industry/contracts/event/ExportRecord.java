package az.industry.contracts.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import az.industry.contracts.zone.Sector;

/** An export shipment as stored: the HTTP response body and the value of its Kafka events. */
public record ExportRecord(
        UUID id,
        String zoneId,
        String exporter,
        Sector sector,
        String destinationCountry,
        String hsCode,
        String product,
        BigDecimal quantity,
        String unit,
        BigDecimal value,
        String currency,
        BigDecimal valueAzn,
        LocalDate shippedOn,
        Instant recordedAt,
        String recordedBy,
        boolean voided,
        Instant voidedAt,
        String voidedBy,
        String voidReason) implements IndustryRecord {

    @Override
    @JsonIgnore
    public RecordKind kind() {
        return RecordKind.EXPORT;
    }

    @Override
    @JsonIgnore
    public LocalDate occurredOn() {
        return shippedOn;
    }

    @Override
    @JsonIgnore
    public BigDecimal azn() {
        return valueAzn;
    }

    @Override
    @JsonIgnore
    public String company() {
        return exporter;
    }
}
