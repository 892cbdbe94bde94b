package az.industry.reporting.service;

import java.util.ArrayList;
import java.util.List;

import az.industry.reporting.model.Metric;

/**
 * The projection tables that hold sums, each keyed by some columns and adding some value columns; in the order
 * every writer writes (and so locks) them. A daily table comes with its coarser sums (month, year, overall), kept
 * in the same transaction.
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
        AZN("total_azn", "numeric"),
        COUNT("count", "int8"),
        JOBS("jobs", "int8"),
        QUANTITY("quantity", "numeric");

        final String column;
        final String type;

        Value(String column, String type) {
            this.column = column;
            this.type = type;
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
}
