package az.industry.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.reporting.model.Metric;

/** What reporting remembers of one record: what it counts for, and whether it is recorded and/or voided. */
final class RecordState {

    final UUID recordId;
    final Metric metric;
    final String zoneId;
    final String sector;
    final LocalDate day;
    final BigDecimal azn;
    final int jobs;
    final String country;
    boolean recorded;
    boolean voided;
    boolean changed;

    RecordState(UUID recordId, Metric metric, String zoneId, String sector, LocalDate day, BigDecimal azn, int jobs,
            String country, boolean recorded, boolean voided) {
        this.recordId = recordId;
        this.metric = metric;
        this.zoneId = zoneId;
        this.sector = sector;
        this.day = day;
        this.azn = azn;
        this.jobs = jobs;
        this.country = country;
        this.recorded = recorded;
        this.voided = voided;
    }

    static RecordState of(IndustryRecord r) {
        int jobs = r instanceof InvestmentRecord i ? i.jobsCreated() : 0;
        String country = r instanceof ExportRecord e ? e.destinationCountry() : null;
        RecordState state = new RecordState(r.id(), Metric.of(r.kind()), r.zoneId(), r.sector().name(), r.occurredOn(),
                r.azn(), jobs, country, false, false);
        state.changed = true;
        return state;
    }

    /** Whether the record currently counts in the totals. */
    boolean counts() {
        return recorded && !voided;
    }
}
