package az.industry.testsupport;

import java.util.Map;
import java.util.function.Function;

/**
 * A write service as the shared suites see it: its records' path, database, table and topic, a free-text field
 * (and column of that name) the tests put unique markers in, its money field, a valid body for a marker, and the
 * role that writes its records.
 */
public record WriteApi(String basePath, String database, String table, String topic, String markerField,
        String moneyField, Function<String, Map<String, Object>> body, String writeRole) {
}
