package az.industry.contracts.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import az.industry.contracts.zone.Sector;

/** What every recorded fact has in common; reporting aggregates through this view. */
public interface IndustryRecord {

    UUID id();

    String zoneId();

    Sector sector();

    Instant recordedAt();

    /** Who recorded it: the {@code sub} of the token that recorded it; null on records stored before it was kept. */
    String recordedBy();

    boolean voided();

    Instant voidedAt();

    /** Who voided it: the {@code sub} of the token that voided it; null while not voided or if voided before then. */
    String voidedBy();

    String voidReason();

    /** The kind of fact (not serialised: it follows from the topic). */
    RecordKind kind();

    /** The date the fact happened on: investedOn, producedOn or shippedOn. */
    LocalDate occurredOn();

    /** The AZN amount fixed at recording time: amountAzn or valueAzn. */
    BigDecimal azn();

    /** The company as recorded: investor, producer or exporter (not serialised: it is one of the fields). */
    String company();
}
