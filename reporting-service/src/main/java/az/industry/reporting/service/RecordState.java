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

/** What reporting remembers of one record: what it counts for, whether it is recorded and/or voided, and by whom. */
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

    /**
     * Who recorded the record and, once voided, who voided it, when and why, as its events said (null where none
     * did: events written before the write services kept it, or rows projected before V4).
     */
    record Who(String recordedBy, String voidedBy, Instant voidedAt, String voidReason) {

        static final Who NOBODY = new Who(null, null, null, null);

        /** This, with what {@code r} (one of the record's events) says: each field it carries replaces the known one. */
        Who with(IndustryRecord r) {
            return new Who(either(r.recordedBy(), recordedBy), either(r.voidedBy(), voidedBy),
                    either(r.voidedAt(), voidedAt), either(r.voidReason(), voidReason));
        }

        private static <T> T either(T said, T known) {
            return said != null ? said : known;
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
    Who who;
    boolean recorded;
    boolean voided;
    boolean changed;

    RecordState(UUID recordId, Metric metric, String zoneId, String sector, LocalDate day, BigDecimal azn, int jobs,
            String country, Details details, Who who, boolean recorded, boolean voided) {
        this.recordId = recordId;
        this.metric = metric;
        this.zoneId = zoneId;
        this.sector = sector;
        this.day = day;
        this.azn = azn;
        this.jobs = jobs;
        this.country = country;
        this.details = details;
        this.who = who;
        this.recorded = recorded;
        this.voided = voided;
    }

    static RecordState of(IndustryRecord r) {
        int jobs = r instanceof InvestmentRecord i ? i.jobsCreated() : 0;
        String country = r instanceof ExportRecord e ? e.destinationCountry() : null;
        RecordState state = new RecordState(r.id(), Metric.of(r.kind()), r.zoneId(), r.sector().name(), r.occurredOn(),
                r.azn(), jobs, country, Details.of(r), Who.NOBODY, false, false);
        state.changed = true;
        return state;
    }

    /** Learns who recorded or voided the record from one of its events; marks the state changed if it learnt anything. */
    void learnWho(IndustryRecord r) {
        Who learnt = who.with(r);
        if (!learnt.equals(who)) {
            who = learnt;
            changed = true;
        }
    }

        /** Whether the record currently counts in the totals. */
    boolean counts() {
        return recorded && !voided;
    }
}
