package az.industry.recording.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.zone.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The columns every stored record has (id, zone, sector, who recorded it and when, who voided it, when and why),
 * mapped once; each service's entity adds its own fields and says how it shows as its contract record.
 */
@MappedSuperclass
public abstract class RecordRow<R extends IndustryRecord> extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "zone_id", nullable = false)
    public String zoneId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** The {@code sub} of the token that recorded it; null on rows stored before it was kept. */
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(nullable = false)
    public boolean voided;
    @Column(name = "voided_at")
    public Instant voidedAt;
    /** The {@code sub} of the token that voided it. */
    @Column(name = "voided_by")
    public String voidedBy;
    @Column(name = "void_reason")
    public String voidReason;

    /** Marks the row voided at {@code when} by {@code who} for {@code reason}. */
    public void markVoided(Instant when, String who, String reason) {
        voided = true;
        voidedAt = when;
        voidedBy = who;
        voidReason = reason;
    }

    /** The record as the API and the events show it. */
    public abstract R toRecord();

    /** A quantity as entered: {@code 3761.000000} as {@code 3761}, {@code 1200.500000} as {@code 1200.5}. */
    protected static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
