package az.industry.reporting.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import az.industry.contracts.money.Money;

/** The JSON shapes of the report API, exactly as the contract names them. */
public final class ReportViews {

    private ReportViews() {
    }

    /** Investment block: total in AZN and USD, records, permanent jobs. */
    public record InvestmentTotals(BigDecimal totalAzn, BigDecimal totalUsd, long count, long jobsCreated) {
        public static InvestmentTotals of(BigDecimal azn, long count, long jobs) {
            return new InvestmentTotals(azn, Money.usdView(azn), count, jobs);
        }
    }

    /** Production block: total in AZN and USD, records. */
    public record Totals(BigDecimal totalAzn, BigDecimal totalUsd, long count) {
        public static Totals of(BigDecimal azn, long count) {
            return new Totals(azn, Money.usdView(azn), count);
        }
    }

    /** Exports block: total in AZN and USD, shipments, distinct destination countries. */
    public record ExportTotals(BigDecimal totalAzn, BigDecimal totalUsd, long count, long destinationCountries) {
        public static ExportTotals of(BigDecimal azn, long count, long countries) {
            return new ExportTotals(azn, Money.usdView(azn), count, countries);
        }
    }

    /** {@code GET /api/reports/national}. */
    public record NationalReport(LocalDate from, LocalDate to, InvestmentTotals investment, Totals production,
            ExportTotals exports, BigDecimal exportShare, Instant asOf, long eventsApplied) {
    }

    /** One element of {@code GET /api/reports/zones}. */
    public record ZoneReport(String zoneId, InvestmentTotals investment, Totals production, ExportTotals exports,
            BigDecimal exportShare) {
    }

    /** One element of {@code GET /api/reports/sectors}. */
    public record SectorReport(String sector, InvestmentTotals investment, Totals production, ExportTotals exports,
            BigDecimal exportShare) {
    }

    /** One element of {@code GET /api/reports/destinations}. */
    public record DestinationReport(String country, BigDecimal totalAzn, BigDecimal totalUsd, long count) {
    }

    /** One period of {@code GET /api/reports/timeseries}; {@code growth} is null without a total a year earlier. */
    public record TimePoint(String period, BigDecimal totalAzn, BigDecimal totalUsd, long count, BigDecimal growth) {
    }

    /** One event of {@code GET /api/reports/stream}: the national totals and the zones whose totals changed. */
    public record LiveUpdate(NationalReport national, List<String> changedZones) {
    }
}
