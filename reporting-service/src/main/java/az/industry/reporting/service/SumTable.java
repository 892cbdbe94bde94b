package az.industry.reporting.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import az.industry.reporting.model.Metric;

/**
 * The projection tables that hold sums, each keyed by some columns and adding some value columns; in the order
 * every writer writes (and so locks) them. A daily table comes with its coarser sums (month, year, overall), kept
 * in the same transaction; each table also says how to compute it from scratch ({@link #derive}), which the
 * rebuild does once instead of adding every event to it.
 */
enum SumTable {
    DAILY("daily_total", Grain.DAY, null, "metric", "zone_id", "sector", "day"),
    MONTHLY("monthly_total", Grain.MONTH, DAILY, "metric", "zone_id", "sector", "day"),
    YEARLY("yearly_total", Grain.YEAR, MONTHLY, "metric", "zone_id", "sector", "day"),
    OVERALL("overall_total", Grain.ALL, YEARLY, "metric", "zone_id", "sector"),
    DESTINATION("destination_total", Grain.DAY, null, "country", "zone_id", "sector", "day"),
    DESTINATION_MONTHLY("destination_monthly", Grain.MONTH, DESTINATION, "country", "zone_id", "sector", "day"),
    DESTINATION_YEARLY("destination_yearly", Grain.YEAR, DESTINATION_MONTHLY, "country", "zone_id", "sector", "day"),
    DESTINATION_OVERALL("destination_overall", Grain.ALL, DESTINATION_YEARLY, "country", "zone_id", "sector"),
    COMPANY("company_total", Grain.DAY, null, "company_key", "metric", "zone_id", "sector", "day"),
    COMPANY_DESTINATION("company_destination", Grain.DAY, null, "company_key", "country", "zone_id", "sector", "day"),
    PRODUCT("product_total", Grain.DAY, null, "product_key", "unit_key", "zone_id", "sector", "day");

    /** A summed column and its type. */
    enum Value {
        AZN("total_azn", "numeric", "sum(azn)"),
        COUNT("count", "int8", "count(*)"),
        JOBS("jobs", "int8", "sum(jobs)"),
        QUANTITY("quantity", "numeric", "coalesce(sum(quantity), 0)");

        final String column;
        final String type;
        /** Its value summed over counted {@code record_state} rows. */
        final String fromStates;

        Value(String column, String type, String fromStates) {
            this.column = column;
            this.type = type;
            this.fromStates = fromStates;
        }
    }

    final String table;
    final Grain grain;
    /** The finer table this one sums up (null for a daily table). */
    final SumTable finer;
    final List<String> keys;
    final List<Value> values;

    SumTable(String table, Grain grain, SumTable finer, String... keys) {
        this.table = table;
        this.grain = grain;
        this.finer = finer;
        this.keys = List.of(keys);
        this.values = switch (table.startsWith("destination") ? "destination" : table) {
            case "destination" -> List.of(Value.AZN, Value.COUNT);
            case "company_destination" -> List.of(Value.COUNT);
            case "product_total" -> List.of(Value.AZN, Value.COUNT, Value.QUANTITY);
            default -> List.of(Value.AZN, Value.COUNT, Value.JOBS);
        };
    }

    /** The daily table this one sums (itself for a daily table). */
    SumTable daily() {
        return finer == null ? this : finer.daily();
    }

    /** The table of this one's family (its daily table and the sums of it) whose rows cover {@code g}. */
    SumTable at(Grain g) {
        for (SumTable t : values()) {
            if (t.daily() == daily() && t.grain == g) {
                return t;
            }
        }
        throw new IllegalArgumentException("no " + g + " table for " + table);
    }

    /** Whether the table needs a record's details (company, product), which rows projected before V3 lack. */
    boolean needsDetails() {
        return this == COMPANY || this == COMPANY_DESTINATION || this == PRODUCT;
    }

    /** The row of this table a counted record adds to, or null if it adds to none. */
    List<Object> key(RecordState s) {
        RecordState.Details d = s.details;
        Object period = grain.start(s.day);
        return switch (this) {
            case DAILY, MONTHLY, YEARLY -> List.of(s.metric, s.zoneId, s.sector, period);
            case OVERALL -> List.of(s.metric, s.zoneId, s.sector);
            case DESTINATION, DESTINATION_MONTHLY, DESTINATION_YEARLY -> s.country == null ? null
                    : List.of(s.country, s.zoneId, s.sector, period);
            case DESTINATION_OVERALL -> s.country == null ? null : List.of(s.country, s.zoneId, s.sector);
            case COMPANY -> List.of(d.companyKey(), s.metric, s.zoneId, s.sector, s.day);
            case COMPANY_DESTINATION -> s.country == null ? null : List.of(d.companyKey(), s.country, s.zoneId, s.sector, s.day);
            case PRODUCT -> s.metric != Metric.PRODUCTION ? null
                    : List.of(d.productKey(), d.unitKey(), s.zoneId, s.sector, s.day);
        };
    }

    /** The array type of key column {@code i} when bound to the upsert. */
    String keyType(int i) {
        return "day".equals(keys.get(i)) ? "date" : "text";
    }

    /**
     * The upsert adding the changes of many rows at once (one array per column, rows with distinct keys) to the
     * table among those named with {@code prefix}.
     */
    String upsert(String prefix) {
        List<String> columns = new ArrayList<>(keys);
        List<String> arrays = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            arrays.add("?::" + keyType(i) + "[]");
        }
        for (Value v : values) {
            columns.add(v.column);
            arrays.add("?::" + v.type + "[]");
        }
        return "INSERT INTO " + prefix + table + " AS t (" + String.join(", ", columns) + ") SELECT * FROM unnest("
                + String.join(", ", arrays) + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
                + String.join(", ", values.stream().map(v -> v.column + " = t." + v.column + " + EXCLUDED." + v.column)
                        .toList());
    }

    /**
     * Fills the (empty) table named with {@code prefix} from scratch: a daily table from the counted rows of that
     * set's {@code record_state}, a coarser one from its finer table. The same rows as adding every event would
     * give, but for rows whose sums came back to zero.
     */
    String derive(String prefix) {
        List<String> columns = new ArrayList<>(keys);
        values.forEach(v -> columns.add(v.column));
        String insert = "INSERT INTO " + prefix + table + " (" + String.join(", ", columns) + ") ";
        if (finer != null) {
            List<String> select = new ArrayList<>();
            for (String k : keys) {
                select.add("day".equals(k) ? "CAST(date_trunc('" + grain.sql + "', day) AS date)" : k);
            }
            values.forEach(v -> select.add("sum(" + v.column + ")"));
            return insert + "SELECT " + String.join(", ", select) + " FROM " + prefix + finer.table + " GROUP BY "
                    + groupBy(keys.size());
        }
        Function<String, String> fromState = k -> switch (k) {
            case "metric" -> "kind";
            case "day" -> "occurred_on";
            default -> k;
        };
        List<String> select = new ArrayList<>(keys.stream().map(fromState).toList());
        values.forEach(v -> select.add(v.fromStates));
        String where = "recorded AND NOT voided" + switch (this) {
            case DESTINATION -> " AND country IS NOT NULL";
            case COMPANY -> " AND company_key IS NOT NULL";
            case COMPANY_DESTINATION -> " AND company_key IS NOT NULL AND country IS NOT NULL";
            case PRODUCT -> " AND company_key IS NOT NULL AND kind = 'PRODUCTION'";
            default -> "";
        };
        return insert + "SELECT " + String.join(", ", select) + " FROM " + prefix + "record_state WHERE " + where
                + " GROUP BY " + groupBy(keys.size());
    }

    private static String groupBy(int n) {
        List<String> positions = new ArrayList<>(Collections.nCopies(n, ""));
        for (int i = 0; i < n; i++) {
            positions.set(i, String.valueOf(i + 1));
        }
        return String.join(", ", positions);
    }
}
