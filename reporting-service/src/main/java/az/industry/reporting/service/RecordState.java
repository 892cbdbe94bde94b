package az.industry.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.reporting.model.Metric;
import az.industry.reporting.model.Names;

/** What reporting remembers of one record: what it counts for, and whether it is recorded and/or voided. */
final class RecordState {

    /**
     * What the companies, products and records reports need of a record: names as recorded (trimmed) and their
     * keys, quantity, HS code, when it was recorded. Null on rows projected before they were kept (V3).
     */
    record Details(String company, String companyKey, String product, String productKey, String unit,
            String unitKey, BigDecimal quantity, String hsCode, Instant recordedAt) {

        static Details of(IndustryRecord r) {
            String product = r instanceof ProductionRecord p ? p.product() : r instanceof ExportRecord e ? e.product() : null;
            String unit = r instanceof ProductionRecord p ? p.unit() : r instanceof ExportRecord e ? e.unit() : null;
            BigDecimal quantity = r instanceof ProductionRecord p ? p.quantity()
                    : r instanceof ExportRecord e ? e.quantity() : null;
            return new Details(Names.shown(r.company()), Names.key(r.company()), Names.shown(product), Names.key(product),
                    Names.shown(unit), Names.key(unit), quantity, r instanceof ExportRecord e ? e.hsCode() : null,
                    r.recordedAt());
        }
    }

    final UUID recordId;
    final Metric metric;
    final String zoneId;
    final String sector;
    final LocalDate day;
    final BigDecimal azn;
    final int jobs;
    final String country;
    Details details;
    boolean recorded;
    boolean voided;
    boolean changed;

    RecordState(UUID recordId, Metric metric, String zoneId, String sector, LocalDate day, BigDecimal azn, int jobs,
            String country, Details details, boolean recorded, boolean voided) {
        this.recordId = recordId;
        this.metric = metric;
        this.zoneId = zoneId;
        this.sector = sector;
        this.day = day;
        this.azn = azn;
        this.jobs = jobs;
        this.country = country;
        this.details = details;
        this.recorded = recorded;
        this.voided = voided;
    }

    static RecordState of(IndustryRecord r) {
        int jobs = r instanceof InvestmentRecord i ? i.jobsCreated() : 0;
        String country = r instanceof ExportRecord e ? e.destinationCountry() : null;
        RecordState state = new RecordState(r.id(), Metric.of(r.kind()), r.zoneId(), r.sector().name(), r.occurredOn(),
                r.azn(), jobs, country, Details.of(r), false, false);
        state.changed = true;
        return state;
    }

    /** Whether the record currently counts in the totals. */
    boolean counts() {
        return recorded && !voided;
    }
}
