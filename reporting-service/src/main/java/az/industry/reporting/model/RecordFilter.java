package az.industry.reporting.model;

/**
 * Which records {@code GET /api/reports/records} lists: one metric, the report filters, optionally a destination
 * country (exports) and a company (by its {@link Names#key key}); the counted ones, or with {@code includeVoided}
 * the voided ones too.
 */
public record RecordFilter(Metric metric, ReportFilter report, String country, String companyKey,
        boolean includeVoided) {
}
