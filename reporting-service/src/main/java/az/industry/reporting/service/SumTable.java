package az.industry.reporting.service;

import java.util.List;

/**
 * The projection tables that hold sums, each keyed by some columns and adding some value columns; in the order
 * every writer writes (and so locks) them.
 */
enum SumTable {
    DAILY("daily_total", List.of("metric", "zone_id", "sector", "day"), List.of(Value.AZN, Value.COUNT, Value.JOBS)),
    DESTINATION("destination_total", List.of("country", "zone_id", "sector", "day"), List.of(Value.AZN, Value.COUNT)),
    COMPANY("company_total", List.of("company_key", "metric", "zone_id", "sector", "day"),
            List.of(Value.AZN, Value.COUNT, Value.JOBS)),
    COMPANY_DESTINATION("company_destination", List.of("company_key", "country", "zone_id", "sector", "day"),
            List.of(Value.COUNT)),
    PRODUCT("product_total", List.of("product_key", "unit_key", "zone_id", "sector", "day"),
            List.of(Value.AZN, Value.COUNT, Value.QUANTITY));

    /** A summed column. */
    enum Value {
        AZN("total_azn"),
        COUNT("count"),
        JOBS("jobs"),
        QUANTITY("quantity");

        final String column;

        Value(String column) {
            this.column = column;
        }
    }

    final String table;
    final List<String> keys;
    final List<Value> values;

    SumTable(String table, List<String> keys, List<Value> values) {
        this.table = table;
        this.keys = keys;
        this.values = values;
    }

    /** The upsert adding a change to a row of this table among those named with {@code prefix}. */
    String upsert(String prefix) {
        List<String> columns = new java.util.ArrayList<>(keys);
        values.forEach(v -> columns.add(v.column));
        return "INSERT INTO " + prefix + table + " AS t (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO UPDATE SET "
                + String.join(", ", values.stream().map(v -> v.column + " = t." + v.column + " + EXCLUDED." + v.column)
                        .toList());
    }
}
