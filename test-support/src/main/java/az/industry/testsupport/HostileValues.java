package az.industry.testsupport;

import java.util.List;
import java.util.regex.Pattern;

/** The hostile raw JSON values for each kind of field (any, free text, vocabulary, number, date) and the hostile ids. */
final class HostileValues {

    /** Wrong JSON types and shapes, for any field (raw JSON text). */
    static final List<String> ANY_FIELD = List.of("true", "false", "[]", "{}", "[1,2]", "{\"a\":1}", "[\"x\"]",
            "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]", "{\"$gt\":\"\"}");
    /** Hostile values of a text field a person writes (raw JSON text). */
    static final List<String> TEXT = List.of("0", "12", "-1", "1.5", "1e400", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"",
            "\"x\\udc00y\"", "\"\\ud83d\"", "\"\\u00a0\\u00a0\\u00a0\"", "\"\\u200b\"", "\"\\u3000\\u2003\"", "\"\\u0007bell\"",
            "\"\\u001b[31mred\"", "\"a\\u202egpj.exe\"", "\"\\ufffe\"", "\"line\\u0085break\"", "\"   \"", "\"\\t\\n\"",
            "\"" + "x".repeat(10_000) + "\"", "\"\\uFDD0\"");
    /** Hostile values of a field with a fixed vocabulary (zone, sector, currency, country, HS code). */
    static final List<String> VOCABULARY = List.of("0", "1", "-1", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"",
            "\"' OR '1'='1\"", "\"1; DROP TABLE outbox_event; --\"", "\"../../etc/passwd\"", "\"${jndi:ldap://x/a}\"",
            "\"<script>alert(1)</script>\"", "\"%00\"", "\"\\u202e\"", "\"" + "z".repeat(5000) + "\"", "\"null\"", "\"*\"");
    /** Hostile values of a number field (raw JSON text; some are not JSON at all). */
    static final List<String> NUMBER = List.of("\"12\"", "\"\"", "\"abc\"", "\"1,5\"", "1e400", "-1e400", "1e999999999",
            "1e-400", "-1", "-0.01", "123456789012345678901234567890", "99999999999999999999.99",
            "NaN", "Infinity", "-Infinity", "0x1F", "01", ".5", "5.", "+1", "1e", "--1", "1_000", "null");
    /** Hostile values of a date field. */
    static final List<String> DATE_VALUES = List.of("-1", "0", "20240101", "1.5", "\"2024-02-30\"", "\"2024-13-01\"",
            "\"2023-02-29\"", "\"0000-00-00\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"-0001-01-01\"", "\"0001-01-01\"",
            "\"1899-12-31\"", "\"2024-01-01T00:00:00\"", "\"2024-01-01T00:00:00Z\"", "\"2024/01/01\"", "\"01.01.2024\"", "\"\"",
            "\" 2024-01-01\"", "\"2024-01-01 \"", "\"2024-1-1\"", "\"9999-12-31\"", "\"today\"", "[2024,1,1]", "null");
    /** Ids no record has, or that are no id at all. */
    static final List<String> IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "123", "%00",
            "..%2F..%2Fetc%2Fpasswd", "' OR '1'='1", "x".repeat(300), "%E2%80%AE", "11111111-1111-1111-1111-11111111111g",
            "%ED%A0%80");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private HostileValues() {
    }

    /** Whether a valid body's value is a date (so its field is a date field). */
    static boolean isDate(Object value) {
        return value instanceof String s && DATE.matcher(s).matches();
    }
}
