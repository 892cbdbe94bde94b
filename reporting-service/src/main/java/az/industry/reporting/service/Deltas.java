package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Changes to the summed tables accumulated over one batch, merged per row so each row is written once. */
final class Deltas {

    /** A row of a summed table: the table and its key values, in the order of its key columns. */
    record Row(SumTable table, List<Object> key) implements Comparable<Row> {
        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        public int compareTo(Row other) {
            int c = table.compareTo(other.table);
            for (int i = 0; c == 0 && i < key.size(); i++) {
                c = ((Comparable) key.get(i)).compareTo(other.key.get(i));
            }
            return c;
        }
    }

    /** A change of one row: money, count, jobs and quantity (each table writes the ones it has). */
    static final class Change {
        BigDecimal azn = BigDecimal.ZERO;
        long count;
        long jobs;
        BigDecimal quantity = BigDecimal.ZERO;

        boolean isZero(SumTable table) {
            return table.values.stream().allMatch(v -> switch (v) {
                case AZN -> azn.signum() == 0;
                case COUNT -> count == 0;
                case JOBS -> jobs == 0;
                case QUANTITY -> quantity.signum() == 0;
            });
        }
    }

    // sorted (table, then key), so concurrent instances lock rows in the same order and cannot deadlock
    final Map<Row, Change> rows = new TreeMap<>();
    /** Whether changes are kept at all (not while a rebuild replays into the record states only). */
    private final boolean keep;

    Deltas(boolean keep) {
        this.keep = keep;
    }

    Deltas() {
        this(true);
    }

    /** Adds ({@code sign} = 1) or removes ({@code sign} = -1) a record's contribution to every summed table. */
    void add(RecordState s, int sign) {
        for (SumTable table : SumTable.values()) {
            if (!table.needsDetails()) {
                change(table, s, sign);
            }
        }
        addDetails(s, sign);
    }

    /** Adds or removes a record's contribution to the company and product tables only. */
    void addDetails(RecordState s, int sign) {
        if (s.details == null) {
            return; // projected before these tables existed: counted in none of them
        }
        for (SumTable table : SumTable.values()) {
            if (table.needsDetails()) {
                change(table, s, sign);
            }
        }
    }

    private void change(SumTable table, RecordState s, int sign) {
        List<Object> key = keep ? table.key(s) : null;
        if (key == null) {
            return;
        }
        Change c = rows.computeIfAbsent(new Row(table, key), k -> new Change());
        c.azn = sign > 0 ? c.azn.add(s.azn) : c.azn.subtract(s.azn);
        c.count += sign;
        c.jobs += (long) sign * s.jobs;
        BigDecimal quantity = s.details == null || s.details.quantity() == null ? BigDecimal.ZERO : s.details.quantity();
        c.quantity = sign > 0 ? c.quantity.add(quantity) : c.quantity.subtract(quantity);
    }

    /** The zones whose totals change. */
    List<String> changedZones() {
        return rows.keySet().stream().filter(r -> r.table() == SumTable.DAILY).map(r -> (String) r.key().get(1))
                .distinct().sorted().toList();
    }

    /**
     * Writes every non-zero change to the tables named with {@code prefix}: one statement per table (all its rows
     * as arrays, in key order), the tables in order.
     */
    void write(Connection c, String prefix) throws SQLException {
        for (SumTable table : SumTable.values()) {
            List<String> types = new ArrayList<>();
            for (int i = 0; i < table.keys.size(); i++) {
                types.add(table.keyType(i));
            }
            table.values.forEach(v -> types.add(v.type));
            Columns columns = new Columns(types);
            for (Map.Entry<Row, Change> e : rows.entrySet()) {
                if (e.getKey().table() != table || e.getValue().isZero(table)) {
                    continue;
                }
                List<Object> row = new ArrayList<>(e.getKey().key());
                Change ch = e.getValue();
                for (SumTable.Value v : table.values) {
                    row.add(switch (v) {
                        case AZN -> ch.azn;
                        case COUNT -> ch.count;
                        case JOBS -> ch.jobs;
                        case QUANTITY -> ch.quantity;
                    });
                }
                columns.add(row.toArray());
            }
            if (columns.rows() == 0) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(table.upsert(prefix))) {
                columns.bind(c, ps, 1);
                ps.executeUpdate();
            }
        }
    }
}
