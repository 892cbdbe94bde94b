package az.industry.reporting.service;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import az.industry.reporting.model.Metric;
import az.industry.reporting.service.Pieces.Piece;

/**
 * Reads the pieces of a date window ({@link Pieces}) from a family of summed tables (a daily table and its
 * monthly, yearly and overall sums): one {@code UNION ALL} of the pieces' rows, the summed columns negated in the
 * pieces taken away, for the caller to group and sum.
 */
final class Rollups {

    /** A statement and the values to bind to it, in order. */
    record Sql(String sql, List<Object> params) {

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            int i = 1;
            for (Object v : params) {
                if (v instanceof LocalDate d) {
                    ps.setDate(i++, Date.valueOf(d));
                } else {
                    ps.setString(i++, (String) v);
                }
            }
            return ps;
        }
    }

    private Rollups() {
    }

    /**
     * The rows of {@code pieces} from the family of {@code daily}: {@code columns} (expressions valid on every table
     * of the family), then each of {@code summed} (negated where the piece is taken away), of the rows matching
     * {@code where} (bound to {@code whereParams}) in each piece's periods.
     */
    static Sql union(SumTable daily, List<Piece> pieces, List<String> columns, List<String> summed, String where,
            List<Object> whereParams) {
        List<String> selects = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Piece p : pieces) {
            List<String> out = new ArrayList<>(columns);
            for (String s : summed) {
                out.add((p.sign() < 0 ? "-" : "") + s + " AS " + s);
            }
            StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", out)).append(" FROM ")
                    .append(daily.at(p.grain()).table).append(" WHERE ").append(where);
            params.addAll(whereParams);
            if (p.from() != null) {
                sql.append(" AND day >= ?");
                params.add(p.from());
            }
            if (p.to() != null) {
                sql.append(" AND day <= ?");
                params.add(p.to());
            }
            selects.add(sql.toString());
        }
        return new Sql(String.join(" UNION ALL ", selects), params);
    }

    /** The first and last day of the period with data ({@code null}s when there is none), from the yearly sums. */
    static LocalDate[] extent(Connection c) throws SQLException {
        String sql = "SELECT min(f), max(l) FROM (SELECT (SELECT min(day) FROM yearly_total WHERE metric = m) AS f, "
                + "(SELECT max(day) FROM yearly_total WHERE metric = m) AS l "
                + "FROM unnest(CAST(? AS text[])) AS m) x";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", metrics()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Date first = rs.getDate(1);
                Date last = rs.getDate(2);
                return new LocalDate[] { first == null ? null : first.toLocalDate(),
                        last == null ? null : last.toLocalDate().plusYears(1).minusDays(1) };
            }
        }
    }

    /** Every metric's name, as the summed tables hold them. */
    static String[] metrics() {
        return Arrays.stream(Metric.values()).map(Enum::name).toArray(String[]::new);
    }
}
