package az.industry.reporting.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import az.industry.reporting.model.Metric;

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

    /** Adds ({@code sign} = 1) or removes ({@code sign} = -1) a record's contribution to every summed table. */
    void add(RecordState s, int sign) {
        change(SumTable.DAILY, s, sign, s.metric, s.zoneId, s.sector, s.day);
        if (s.country != null) {
            change(SumTable.DESTINATION, s, sign, s.country, s.zoneId, s.sector, s.day);
        }
        addDetails(s, sign);
    }

    /** Adds or removes a record's contribution to the company and product tables only. */
    void addDetails(RecordState s, int sign) {
        RecordState.Details d = s.details;
        if (d == null) {
            return; // projected before these tables existed: counted in none of them
        }
        change(SumTable.COMPANY, s, sign, d.companyKey(), s.metric, s.zoneId, s.sector, s.day);
        if (s.country != null) {
            change(SumTable.COMPANY_DESTINATION, s, sign, d.companyKey(), s.country, s.zoneId, s.sector, s.day);
        }
        if (s.metric == Metric.PRODUCTION) {
            change(SumTable.PRODUCT, s, sign, d.productKey(), d.unitKey(), s.zoneId, s.sector, s.day);
        }
    }

    private void change(SumTable table, RecordState s, int sign, Object... key) {
        Change c = rows.computeIfAbsent(new Row(table, List.of(key)), k -> new Change());
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

    /** Writes every non-zero change to the tables named with {@code prefix}, one batch per table, in order. */
    void write(Connection c, String prefix) throws SQLException {
        for (SumTable table : SumTable.values()) {
            List<Map.Entry<Row, Change>> changes = new ArrayList<>();
            rows.entrySet().stream().filter(e -> e.getKey().table() == table && !e.getValue().isZero(table))
                    .forEach(changes::add);
            if (changes.isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(table.upsert(prefix))) {
                for (Map.Entry<Row, Change> e : changes) {
                    int i = 1;
                    for (Object k : e.getKey().key()) {
                        bind(ps, i++, k);
                    }
                    for (SumTable.Value v : table.values) {
                        Change ch = e.getValue();
                        switch (v) {
                            case AZN -> ps.setBigDecimal(i++, ch.azn);
                            case COUNT -> ps.setLong(i++, ch.count);
                            case JOBS -> ps.setLong(i++, ch.jobs);
                            case QUANTITY -> ps.setBigDecimal(i++, ch.quantity);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value instanceof LocalDate day) {
            ps.setDate(i, Date.valueOf(day));
        } else if (value instanceof Enum<?> e) {
            ps.setString(i, e.name());
        } else {
            ps.setString(i, (String) value);
        }
    }
}
