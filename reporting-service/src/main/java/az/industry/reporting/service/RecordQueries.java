package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import az.industry.contracts.money.Money;
import az.industry.reporting.model.Metric;
import az.industry.reporting.model.RecordFilter;
import az.industry.reporting.view.AnalyticsViews.RecordPage;
import az.industry.reporting.view.AnalyticsViews.RecordRow;

/**
 * Reads the records behind a total from {@code record_state}: the counted (recorded, not voided) records of one
 * metric matching a filter, newest first, a page of them and the count and AZN sum of all, in one statement.
 */
@ApplicationScoped
public class RecordQueries {

    @Inject
    DataSource dataSource;

    /** Newest record date first; then the latest recorded; then by id (descending), so pages never overlap. */
    static final String ORDER = "occurred_on DESC, recorded_at DESC NULLS LAST, record_id DESC";

    /** Page {@code page} of {@code size} records, with the count and total of every record the filter matches. */
    public RecordPage records(RecordFilter filter, int page, int size) {
        Where w = Where.of(filter.report(), "occurred_on").and("country = ?", filter.country())
                .and("company_key = ?", filter.companyKey());
        String sql = "WITH m AS (SELECT record_id, zone_id, sector, company, occurred_on, azn, jobs, country, hs_code, "
                + "product, quantity, unit, recorded_at FROM record_state WHERE kind = ? AND recorded AND NOT voided AND "
                + w.sql() + "), total AS (SELECT count(*) AS n, coalesce(sum(azn), 0) AS azn FROM m) "
                + "SELECT total.n, total.azn, p.* FROM total LEFT JOIN LATERAL (SELECT * FROM m ORDER BY " + ORDER
                + " LIMIT ? OFFSET ?) p ON TRUE";
        Metric metric = filter.metric();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, metric.name());
            int i = w.bind(ps, 2);
            ps.setInt(i++, size);
            ps.setLong(i, (long) page * size);
            List<RecordRow> rows = new ArrayList<>();
            long total = 0;
            BigDecimal totalAzn = Money.ZERO;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(1);
                    totalAzn = rs.getBigDecimal(2).setScale(Money.SCALE);
                    if (rs.getObject(3) != null) {
                        rows.add(row(rs, metric));
                    }
                }
            }
            return new RecordPage(rows, total, totalAzn);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordRow row(ResultSet rs, Metric metric) throws SQLException {
        Timestamp at = rs.getTimestamp(15);
        boolean goods = metric != Metric.INVESTMENT;
        return new RecordRow(rs.getObject(3, java.util.UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getDate(7).toLocalDate(), rs.getBigDecimal(8).setScale(Money.SCALE),
                metric == Metric.INVESTMENT ? rs.getInt(9) : null, goods ? rs.getString(12) : null,
                goods ? rs.getBigDecimal(13) : null, goods ? rs.getString(14) : null, rs.getString(10),
                rs.getString(11), at == null ? null : at.toInstant());
    }
}
