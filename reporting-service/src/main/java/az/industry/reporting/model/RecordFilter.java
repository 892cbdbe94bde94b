package az.industry.reporting.model;

/**
 * Which records {@code GET /api/reports/records} lists: one metric, the report filters, optionally a destination
 * country (exports) and a company (by its {@link Names#key key}).
 */
public record RecordFilter(Metric metric, ReportFilter report, String country, String companyKey) {
}
