package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of many rows bound as one array per column, so that one {@code INSERT ... SELECT * FROM unnest(?, ?, ...)}
 * writes them all: a statement per batch and table instead of one per row. Values travel as text in arrays of the
 * column's type (exact: decimals in plain notation, dates and instants in ISO 8601).
 */
final class Columns {

    private final List<String> types;
    private final List<List<String>> values = new ArrayList<>();

    /** Columns of the given array element types ({@code text}, {@code date}, {@code numeric}, {@code int8}, ...). */
    Columns(List<String> types) {
        this.types = List.copyOf(types);
        types.forEach(t -> values.add(new ArrayList<>()));
    }

    /** Adds a row: one value per column, in order (null for SQL NULL). */
    void add(Object... row) {
        if (row.length != types.size()) {
            throw new IllegalArgumentException(row.length + " values for " + types.size() + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            values.get(i).add(text(row[i]));
        }
    }

    int rows() {
        return values.get(0).size();
    }

    /** {@code ?::type[], ...}: the statement's parameters for these columns. */
    String parameters() {
        return String.join(", ", types.stream().map(t -> "?::" + t + "[]").toList());
    }

    /** Binds one array per column from parameter {@code first}; returns the next parameter's index. */
    int bind(Connection c, PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (int column = 0; column < types.size(); column++) {
            ps.setArray(i++, c.createArrayOf(types.get(column), values.get(column).toArray(String[]::new)));
        }
        return i;
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString(); // String, Long, Integer, Boolean, UUID, LocalDate, Instant
    }
}
