package az.industry.reporting.service;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import az.industry.reporting.model.ReportFilter;

/** A SQL condition built from the filters that are set, and the values to bind to it in order. */
final class Where {

    private final StringBuilder sql = new StringBuilder("TRUE");
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition} (with one {@code ?}) when {@code value} is not null. */
    Where and(String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            values.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** The report filters: {@code dayColumn} within from..to, zone, sector. */
    static Where of(ReportFilter f, String dayColumn) {
        return new Where().and(dayColumn + " >= ?", f.from()).and(dayColumn + " <= ?", f.to())
                .and("zone_id = ?", f.zoneId()).and("sector = ?", f.sector());
    }

    String sql() {
        return sql.toString();
    }

    /** The values to bind, in order. */
    List<Object> values() {
        return List.copyOf(values);
    }

    /** Binds the values from parameter {@code start}; returns the next parameter's index. */
    int bind(PreparedStatement ps, int start) throws SQLException {
        int i = start;
        for (Object v : values) {
            if (v instanceof LocalDate d) {
                ps.setDate(i++, Date.valueOf(d));
            } else if (v instanceof Long n) {
                ps.setLong(i++, n);
            } else {
                ps.setString(i++, (String) v);
            }
        }
        return i;
    }
}
