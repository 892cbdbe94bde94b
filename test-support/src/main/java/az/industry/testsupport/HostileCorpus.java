package az.industry.testsupport;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A generated corpus of malformed and hostile request bodies, none of which a write endpoint may accept: every prefix
 * of a valid body, every field given the wrong JSON type or a hostile value for its kind (text, vocabulary, number,
 * date), broken structure, bad bytes, trailing garbage, deep nesting, duplicate and unknown keys, wrong content types,
 * and bad CSV. Pure: it only builds bytes.
 */
public final class HostileCorpus {

    /** One hostile request: what it tries, its Content-Type (null: none) and its body. */
    public record Case(String name, String contentType, byte[] body) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String JSON_TYPE = "application/json";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private final Map<String, Object> valid;
    private final Set<String> freeText;
    private final Set<String> optional;

    /**
     * {@code valid}: a body the endpoint accepts; {@code freeText}: its fields a person writes freely (every other string
     * field has a fixed vocabulary or is a date); {@code optional}: fields it may leave out.
     */
    public HostileCorpus(Map<String, Object> valid, Set<String> freeText, Set<String> optional) {
        this.valid = new LinkedHashMap<>(new TreeMap<>(valid));
        this.freeText = freeText;
        this.optional = optional;
    }

    /** Hostile bodies for the endpoint that records one ({@code POST /api/...}). */
    public List<Case> single() {
        List<Case> cases = new ArrayList<>();
        String compact = json(valid);
        String pretty = pretty(valid);
        truncations("prefix", compact, cases);
        truncations("pretty prefix", pretty, cases);
        fieldValues(cases, raw -> raw);
        structure(compact, cases, false);
        contentTypes(compact, cases);
        return cases;
    }

    /** Hostile bodies for {@code POST .../batch}: JSON arrays with one bad record among good ones, and bad CSV. */
    public List<Case> batch() {
        List<Case> cases = new ArrayList<>();
        String good = json(valid);
        String array = "[" + good + "," + good + "]";
        truncations("array prefix", array, cases);
        fieldValues(cases, raw -> "[" + good + "," + raw + "]");
        structure(good, cases, true);
        contentTypes(array, cases);
        csv(cases);
        return cases;
    }

    /** Hostile bodies for {@code POST .../{id}/void}. */
    public static List<Case> voidBodies() {
        List<Case> cases = new ArrayList<>();
        String body = "{\"reason\":\"entered twice by mistake, see ticket 42\"}";
        truncations("void prefix", body, cases);
        truncations("pretty void prefix", "{\n  \"reason\" : \"entered twice by mistake\"\n}", cases);
        String longReason = "{\"reason\":\"" + ("Qeyd səhvən iki dəfə daxil edilib; the shipment was recorded twice by"
                + " the operator at the Sumgayit Chemical Industrial Park, see ticket 42 and the e-mail of 2025-03-14 from the"
                + " zone's investment officer, who confirmed that only the first record stands \\u2014 \\\"duplicate\\\"") + "\"}";
        truncations("long void prefix", longReason, cases);
        truncations("long pretty void prefix", longReason.replace("{\"reason\":", "{\r\n\t\"reason\" :\t").replace("\"}", "\"\r\n}"), cases);
        for (String raw : concat(NUMBER, DATE_VALUES)) {
            if (!raw.startsWith("\"") && !raw.equals("null")) {
                cases.add(json("reason = " + shorten(raw), "{\"reason\":" + raw + "}"));
            }
        }
        for (String v : concat(ANY_FIELD, TEXT, List.of("null", "\"\""))) {
            cases.add(json("reason = " + shorten(v), "{\"reason\":" + v + "}"));
        }
        cases.add(json("reason too long", "{\"reason\":\"" + "r".repeat(501) + "\"}"));
        cases.add(json("reason given twice", "{\"reason\":\"a\",\"reason\":\"b\"}"));
        cases.add(json("unknown key beside reason", "{\"reason\":\"a\",\"voidedBy\":\"someone-else\"}"));
        for (String tail : List.of("}", "}}}}", " x", ",{}", "[]", "\u0000")) {
            cases.add(json("void body then " + shorten(tail), body + tail));
        }
        for (String top : List.of("", "null", "[]", "\"reason\"", "42", "true", "{}", "[" + body + "]")) {
            cases.add(json("void body " + shorten(top), top));
        }
        cases.add(new Case("void body deeply nested", JSON_TYPE, nested(100_000).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("void body with invalid UTF-8", JSON_TYPE, bytes("{\"reason\":\"", new byte[] { (byte) 0xC3, 0x28 }, "\"}")));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            cases.add(new Case("void body as " + type, type, body.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("void body without a content type", null, body.getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    /** Ids no record has, or that are no id at all (the void endpoint's path). */
    public static List<String> hostileIds() {
        return List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "123", "%00", "..%2F..%2Fetc%2Fpasswd",
                "' OR '1'='1", "x".repeat(300), "%E2%80%AE", "11111111-1111-1111-1111-11111111111g", "%ED%A0%80");
    }

    private void fieldValues(List<Case> cases, java.util.function.UnaryOperator<String> wrap) {
        for (Map.Entry<String, Object> field : valid.entrySet()) {
            String name = field.getKey();
            List<String> values = new ArrayList<>(ANY_FIELD);
            Object v = field.getValue();
            if (v instanceof Number) {
                values.addAll(NUMBER);
            } else if (v instanceof String s && DATE.matcher(s).matches()) {
                values.addAll(DATE_VALUES);
            } else if (freeText.contains(name)) {
                values.addAll(TEXT);
                if (!optional.contains(name)) {
                    values.add("\"\"");
                    values.add("null");
                }
            } else {
                values.addAll(VOCABULARY);
                values.add("null");
            }
            for (String raw : values) {
                if (optional.contains(name) && raw.equals("null")) {
                    continue;
                }
                cases.add(json(name + " = " + shorten(raw), wrap.apply(with(name, raw))));
            }
            if (!optional.contains(name)) {
                cases.add(json("without " + name, wrap.apply(without(name))));
            }
            cases.add(json(name + " given twice", wrap.apply(twice(name))));
        }
        cases.add(json("an unknown field", wrap.apply(with("unknownField", "1"))));
        cases.add(json("a misspelt field", wrap.apply(with(valid.keySet().iterator().next() + "x", "\"x\""))));
    }

    private static void structure(String body, List<Case> cases, boolean batch) {
        String what = batch ? "batch" : "body";
        List<String> tops = new ArrayList<>(List.of("", " ", "null", "\"text\"", "42", "true", "{", "}", "[", "]", "[[]]", "{}{}",
                "\u0000", "\uFEFF"));
        tops.add(batch ? body : "[" + body + "]"); // a record where a list is wanted, and the other way round
        tops.add(batch ? "[]" : "{}");
        tops.add(batch ? "[null]" : "{\"\":\"\"}");
        tops.add(batch ? "[" + body + ",]" : "{,}");
        tops.add(batch ? "[" + body + " " + body + "]" : body.replace(",", ",,"));
        tops.add(body.replace("\"", "'"));
        tops.add(body.replace(":", "="));
        tops.add(body.substring(1));
        for (String top : tops) {
            cases.add(json(what + " " + shorten(top), top));
        }
        String full = batch ? "[" + body + "]" : body;
        for (String tail : List.of("}", "}}}}", "]", " x", ",", ",{}", "[]", "{}", "\u0000", "//", "/* c */", "null")) {
            cases.add(json(what + " then " + shorten(tail), full + tail));
        }
        cases.add(new Case(what + " deeply nested (100,000 levels)", JSON_TYPE, nested(100_000).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case(what + " deeply nested (2,000 levels)", JSON_TYPE, nested(2_000).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case(what + " 8 MB", JSON_TYPE, ("[\"" + "x".repeat(8 << 20) + "\"]").getBytes(StandardCharsets.UTF_8)));
        int quote = full.indexOf(":\"") + 2;
        String head = full.substring(0, quote);
        String rest = full.substring(quote);
        byte[][] badBytes = { { (byte) 0xFF }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                { (byte) 0xC3, 0x28 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 } };
        for (byte[] bad : badBytes) {
            cases.add(new Case(what + " with invalid UTF-8 " + hex(bad), JSON_TYPE, bytes(head, bad, rest)));
        }
        cases.add(new Case(what + " as UTF-16", JSON_TYPE, full.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(new Case(what + " with a raw NUL in a string", JSON_TYPE, bytes(head, new byte[] { 0 }, rest)));
        cases.add(new Case(what + " with a raw line break in a string", JSON_TYPE, bytes(head, new byte[] { '\n' }, rest)));
    }

    private static void contentTypes(String body, List<Case> cases) {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/octet-stream", "image/png", "application/jsonx", "text/html", "application/json-patch+json")) {
            cases.add(new Case("content type " + type, type, body.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("no content type", null, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void csv(List<Case> cases) {
        List<String> columns = new ArrayList<>(valid.keySet());
        String header = String.join(",", columns);
        String row = columns.stream().map(c -> quote(String.valueOf(valid.get(c)))).collect(Collectors.joining(","));
        String good = header + "\r\n" + row + "\r\n";
        List<String> files = new ArrayList<>(List.of("", "\r\n", header + "\r\n", header, "\uFEFF", row + "\r\n",
                header + "\r\n" + row + "," + "\r\n", header + ",extra\r\n" + row + ",1\r\n", header + "," + columns.get(0) + "\r\n" + row + ",x\r\n",
                header.replace(columns.get(0), columns.get(0) + "X") + "\r\n" + row + "\r\n", good + "\"unterminated,quote\r\n",
                header + "\r\n\"" + row + "\r\n", good + row.substring(0, row.length() / 2) + "\r\n", good.replace(",", ";"),
                good.replace(",", "\t"), "{\"not\":\"csv\"}", "[" + json(valid) + "]", good + "\u0000", good.replace("\r\n", "\r")
                        + "x,y", header + "\r\n" + ",".repeat(columns.size() - 1) + "\r\n"));
        for (String f : files) {
            cases.add(new Case("CSV " + shorten(f), "text/csv", f.getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            Object v = valid.get(name);
            List<String> cells = new ArrayList<>(List.of("\u0000", "a\u0000b", "\u00a0\u00a0", "\u200b", "\u0007", "a\u202eb", "\uFFFE"));
            if (v instanceof Number) {
                cells.addAll(List.of("abc", "1e400", "-1", "1,5", "NaN", "0x10", "12 3", "١٢"));
            } else if (v instanceof String s && DATE.matcher(s).matches()) {
                cells.addAll(List.of("2024-02-30", "-1", "20240101", "2024-01-01T00:00:00", "01.01.2024", "+999999999-12-31", "1899-12-31"));
            } else if (!freeText.contains(name)) {
                cells.addAll(List.of("' OR '1'='1", "../../etc/passwd", "0", "${jndi:ldap://x/a}"));
            }
            for (String cell : cells) {
                List<String> values = columns.stream().map(c -> String.valueOf(valid.get(c))).collect(Collectors.toList());
                values.set(i, cell);
                String bad = header + "\r\n" + row + "\r\n" + values.stream().map(HostileCorpus::quote).collect(Collectors.joining(",")) + "\r\n";
                cases.add(new Case("CSV " + name + " = " + shorten(cell), "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
            }
        }
        byte[] goodBytes = good.getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("CSV with invalid UTF-8", "text/csv", bytes(good, new byte[] { (byte) 0xFF, (byte) 0xFE }, row)));
        cases.add(new Case("CSV as UTF-16", "text/csv", good.getBytes(StandardCharsets.UTF_16)));
        cases.add(new Case("CSV of 1,001 rows", "text/csv", (header + "\r\n" + (row + "\r\n").repeat(1001)).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("CSV as text/plain", "text/plain", goodBytes));
    }

    private static void truncations(String what, String body, List<Case> cases) {
        for (int i = 0; i < body.length(); i++) {
            if (Character.isLowSurrogate(body.charAt(i))) {
                continue;
            }
            cases.add(json(what + " of " + i + " chars", body.substring(0, i)));
        }
    }

    /** The valid body with {@code field} set to the raw JSON {@code raw}. */
    private String with(String field, String raw) {
        Map<String, String> rawFields = rawFields();
        rawFields.put(field, raw);
        return object(rawFields);
    }

    private String without(String field) {
        Map<String, String> rawFields = rawFields();
        rawFields.remove(field);
        return object(rawFields);
    }

    private String twice(String field) {
        String body = json(valid);
        return body.substring(0, body.length() - 1) + "," + json(field) + ":" + ANY_FIELD.get(0) + "}";
    }

    private Map<String, String> rawFields() {
        Map<String, String> raw = new LinkedHashMap<>();
        valid.forEach((k, v) -> raw.put(k, json(v)));
        return raw;
    }

    private static String object(Map<String, String> rawFields) {
        return rawFields.entrySet().stream().map(e -> json(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static Case json(String name, String body) {
        return new Case(name, JSON_TYPE, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value instanceof BigDecimal d ? d : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pretty(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static byte[] bytes(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x & 0xFF));
        }
        return s.toString();
    }

    /** A case name: at most 40 characters, control and odd characters as their code points. */
    static String shorten(String raw) {
        StringBuilder s = new StringBuilder();
        raw.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                s.append(String.format("<U+%04X>", cp));
            } else {
                s.appendCodePoint(cp);
            }
        });
        return raw.length() > 40 ? s + "… (" + raw.length() + " chars)" : s.toString();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
