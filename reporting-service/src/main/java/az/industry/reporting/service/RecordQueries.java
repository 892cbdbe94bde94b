package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * metric matching a filter (and with {@code includeVoided} the voided ones too), newest first, a page of them and
 * the count and AZN sum of the counted ones (and the number of voided ones), in one statement.
 */
@ApplicationScoped
public class RecordQueries {

    @Inject
    DataSource dataSource;

    /** Newest record date first; then the latest recorded; then by id (descending), so pages never overlap. */
    static final String ORDER = "occurred_on DESC, recorded_at DESC NULLS LAST, record_id DESC";

    private static final String COLUMNS = "record_id, zone_id, sector, company, occurred_on, azn, jobs, country, "
            + "hs_code, product, quantity, unit, recorded_at, recorded_by, voided, voided_at, voided_by, void_reason, "
            + "recorded AND NOT voided AS counted";

    /** Page {@code page} of {@code size} records, with the count and total of every counted record the filter matches. */
    public RecordPage records(RecordFilter filter, int page, int size) {
        Where w = Where.of(filter.report(), "occurred_on").and("country = ?", filter.country())
                .and("company_key = ?", filter.companyKey());
        String listed = filter.includeVoided() ? "(recorded OR voided)" : "recorded AND NOT voided";
        String sql = "WITH m AS (SELECT " + COLUMNS + " FROM record_state WHERE kind = ? AND " + listed + " AND "
                + w.sql() + "), total AS (SELECT count(*) FILTER (WHERE counted) AS total_n, "
                + "coalesce(sum(azn) FILTER (WHERE counted), 0) AS total_azn, count(*) FILTER (WHERE NOT counted) "
                + "AS voided_n FROM m) SELECT total.*, p.* FROM total LEFT JOIN LATERAL (SELECT * FROM m ORDER BY "
                + ORDER + " LIMIT ? OFFSET ?) p ON TRUE";
        Metric metric = filter.metric();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, metric.name());
            int i = w.bind(ps, 2);
            ps.setInt(i++, size);
            ps.setLong(i, (long) page * size);
            List<RecordRow> rows = new ArrayList<>();
            long total = 0;
            long voided = 0;
            BigDecimal totalAzn = Money.ZERO;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong("total_n");
                    totalAzn = rs.getBigDecimal("total_azn").setScale(Money.SCALE);
                    voided = rs.getLong("voided_n");
                    if (rs.getObject("record_id") != null) {
                        rows.add(row(rs, metric, filter.includeVoided()));
                    }
                }
            }
            return new RecordPage(rows, total, totalAzn, voided);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordRow row(ResultSet rs, Metric metric, boolean includeVoided) throws SQLException {
        boolean goods = metric != Metric.INVESTMENT;
        boolean voided = includeVoided && rs.getBoolean("voided");
        return new RecordRow(rs.getObject("record_id", UUID.class), rs.getString("zone_id"), rs.getString("sector"),
                rs.getString("company"), rs.getDate("occurred_on").toLocalDate(),
                rs.getBigDecimal("azn").setScale(Money.SCALE), metric == Metric.INVESTMENT ? rs.getInt("jobs") : null,
                goods ? rs.getString("product") : null, goods ? rs.getBigDecimal("quantity") : null,
                goods ? rs.getString("unit") : null, rs.getString("country"), rs.getString("hs_code"),
                instant(rs.getTimestamp("recorded_at")), rs.getString("recorded_by"), includeVoided ? voided : null,
                voided ? instant(rs.getTimestamp("voided_at")) : null, voided ? rs.getString("voided_by") : null,
                voided ? rs.getString("void_reason") : null);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
