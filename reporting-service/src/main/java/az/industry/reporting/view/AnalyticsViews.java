package az.industry.reporting.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import az.industry.reporting.view.ReportViews.ExportTotals;
import az.industry.reporting.view.ReportViews.InvestmentTotals;
import az.industry.reporting.view.ReportViews.Totals;

/** The JSON shapes of the companies, products and records reports. */
public final class AnalyticsViews {

    private AnalyticsViews() {
    }

    /** One company of {@code GET /api/reports/companies}: its name as first recorded, zones and three blocks. */
    public record CompanyReport(String name, List<String> zoneIds, InvestmentTotals investment, Totals production,
            ExportTotals exports) {
    }

    /** {@code GET /api/reports/companies}: how many companies have a counted record, and (the first) of them. */
    public record CompaniesReport(long count, List<CompanyReport> companies) {
    }

    /** One product and unit of {@code GET /api/reports/products}: exact quantity, value and production records. */
    public record ProductReport(String product, String unit, BigDecimal quantity, BigDecimal totalAzn,
            BigDecimal totalUsd, long count) {
    }

    /**
     * One record of {@code GET /api/reports/records}. {@code jobsCreated} only on investments; {@code product},
     * {@code quantity}, {@code unit} on production and exports; {@code country}, {@code hsCode} on exports;
     * {@code recordedBy} always (null if not known); {@code voided} only with {@code includeVoided=true}, and then
     * on a voided record {@code voidedAt}, {@code voidedBy}, {@code voidReason} (each where known).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordRow(UUID id, String zoneId, String sector, String company, LocalDate occurredOn,
            BigDecimal amountAzn, Integer jobsCreated, String product, BigDecimal quantity, String unit, String country,
            String hsCode, Instant recordedAt, @JsonInclude(JsonInclude.Include.ALWAYS) String recordedBy,
            Boolean voided, Instant voidedAt, String voidedBy, String voidReason) {
    }

    /**
     * A page of records, the count and AZN total of all counted records matching the filter, and (with
     * {@code includeVoided}) how many voided ones match besides.
     */
    public record RecordPage(List<RecordRow> rows, long total, BigDecimal totalAzn, long voided) {
    }
}
