package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import az.industry.contracts.money.Money;
import az.industry.reporting.model.Metric;
import az.industry.reporting.model.ReportFilter;
import az.industry.reporting.view.AnalyticsViews.CompaniesReport;
import az.industry.reporting.view.AnalyticsViews.CompanyReport;
import az.industry.reporting.view.AnalyticsViews.ProductReport;
import az.industry.reporting.view.ReportViews.ExportTotals;
import az.industry.reporting.view.ReportViews.InvestmentTotals;
import az.industry.reporting.view.ReportViews.Totals;

/**
 * Reads the companies and products reports from their projections ({@code company_total},
 * {@code company_destination}, {@code product_total}), each in one statement (one snapshot), names as first
 * recorded from {@code record_state}; answers kept while the projections do not change ({@link ReportCache}).
 */
@ApplicationScoped
public class CompanyQueries {

    @Inject
    ReportCache cache;

    /** A report and its filters: what a cached answer is kept under. */
    private record Key(String report, ReportFilter filter, Integer limit) {
    }

    /** One company's sums while they are read. */
    private static final class Company {
        final String key;
        String name;
        final TreeSet<String> zones = new TreeSet<>();
        final Map<Metric, BigDecimal> azn = new EnumMap<>(Metric.class);
        final Map<Metric, long[]> counts = new EnumMap<>(Metric.class);
        long countries;

        Company(String key) {
            this.key = key;
        }

        BigDecimal azn(Metric m) {
            return azn.getOrDefault(m, Money.ZERO);
        }

        long count(Metric m) {
            return counts.getOrDefault(m, new long[2])[0];
        }

        CompanyReport report() {
            return new CompanyReport(name == null ? key : name, List.copyOf(zones),
                    InvestmentTotals.of(azn(Metric.INVESTMENT), count(Metric.INVESTMENT),
                            counts.getOrDefault(Metric.INVESTMENT, new long[2])[1]),
                    Totals.of(azn(Metric.PRODUCTION), count(Metric.PRODUCTION)),
                    ExportTotals.of(azn(Metric.EXPORTS), count(Metric.EXPORTS), countries));
        }
    }

    /** Largest production first, then largest investment, then largest exports, then by key. */
    static final Comparator<Company> ORDER = Comparator.<Company, BigDecimal>comparing(c -> c.azn(Metric.PRODUCTION))
            .thenComparing(c -> c.azn(Metric.INVESTMENT)).thenComparing(c -> c.azn(Metric.EXPORTS)).reversed()
            .thenComparing(c -> c.key);

    /** Companies with a counted record in the filter; {@code limit} (null: all) of them, {@code count} of all. */
    public CompaniesReport companies(ReportFilter filter, Integer limit) {
        return cache.read(new Key("companies", filter, limit), c -> companies(c, filter, limit));
    }

    private static CompaniesReport companies(Connection c, ReportFilter filter, Integer limit) throws SQLException {
        Where w = Where.of(filter, "day");
        String sql = "WITH t AS (SELECT company_key, metric, zone_id, sum(total_azn) AS azn, sum(count) AS n, "
                + "sum(jobs) AS jobs FROM company_total WHERE " + w.sql() + " GROUP BY 1, 2, 3), "
                + "d AS (SELECT company_key, count(*) AS countries FROM (SELECT company_key, country FROM company_destination "
                + "WHERE " + w.sql() + " GROUP BY 1, 2 HAVING sum(count) > 0) x GROUP BY 1), "
                + "names AS (SELECT DISTINCT ON (company_key) company_key, company FROM record_state "
                + "WHERE recorded AND NOT voided AND company_key IN (SELECT company_key FROM t WHERE n > 0) "
                + "ORDER BY company_key, recorded_at, record_id) "
                + "SELECT t.company_key, names.company, t.metric, t.zone_id, t.azn, t.n, t.jobs, coalesce(d.countries, 0) "
                + "FROM t LEFT JOIN d USING (company_key) LEFT JOIN names USING (company_key) WHERE t.n > 0";
        Map<String, Company> companies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            w.bind(ps, w.bind(ps, 1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Company co = companies.computeIfAbsent(rs.getString(1), Company::new);
                    co.name = rs.getString(2);
                    Metric m = Metric.valueOf(rs.getString(3));
                    co.zones.add(rs.getString(4));
                    co.azn.merge(m, rs.getBigDecimal(5).setScale(Money.SCALE), BigDecimal::add);
                    long[] counts = co.counts.computeIfAbsent(m, k -> new long[2]);
                    counts[0] += rs.getLong(6);
                    counts[1] += rs.getLong(7);
                    co.countries = rs.getLong(8);
                }
            }
        }
        List<Company> sorted = new ArrayList<>(companies.values());
        sorted.sort(ORDER);
        List<CompanyReport> shown = sorted.stream().limit(limit == null ? Long.MAX_VALUE : limit)
                .map(Company::report).toList();
        return new CompaniesReport(sorted.size(), shown);
    }

    /** Production per product and unit with a counted record in the filter, largest value first. */
    public List<ProductReport> products(ReportFilter filter) {
        return cache.read(new Key("products", filter, null), c -> products(c, filter));
    }

    private static List<ProductReport> products(Connection c, ReportFilter filter) throws SQLException {
        Where w = Where.of(filter, "day");
        String sql = "WITH p AS (SELECT product_key, unit_key, sum(total_azn) AS azn, sum(count) AS n, "
                + "sum(quantity) AS q FROM product_total WHERE " + w.sql() + " GROUP BY 1, 2 HAVING sum(count) > 0), "
                + "names AS (SELECT DISTINCT ON (product_key, unit_key) product_key, unit_key, product, unit "
                + "FROM record_state WHERE kind = 'PRODUCTION' AND recorded AND NOT voided "
                + "AND (product_key, unit_key) IN (SELECT product_key, unit_key FROM p) "
                + "ORDER BY product_key, unit_key, recorded_at, record_id) "
                + "SELECT p.product_key, p.unit_key, names.product, names.unit, p.azn, p.n, p.q "
                + "FROM p LEFT JOIN names USING (product_key, unit_key)";
        record Row(String productKey, String unitKey, ProductReport report) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            w.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal azn = rs.getBigDecimal(5).setScale(Money.SCALE);
                    String product = rs.getString(3);
                    String unit = rs.getString(4);
                    rows.add(new Row(rs.getString(1), rs.getString(2), new ProductReport(
                            product == null ? rs.getString(1) : product, unit == null ? rs.getString(2) : unit,
                            plain(rs.getBigDecimal(7)), azn, Money.usdView(azn), rs.getLong(6))));
                }
            }
        }
        rows.sort(Comparator.<Row, BigDecimal>comparing(r -> r.report().totalAzn()).reversed()
                .thenComparing(Row::productKey).thenComparing(Row::unitKey));
        return rows.stream().map(Row::report).toList();
    }

    /** An exact quantity without trailing zeros (3761.0 is 3761), never in exponent notation. */
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
