package az.industry.reporting.rest.csv;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report answer as an RFC 4180 table: one row per element of a list (or of a record's one list, such as the
 * companies), or one row for a single record; nested records become columns named with a dot
 * ({@code investment.totalAzn}); decimals exact ({@link BigDecimal#toPlainString()}), lists joined by a space.
 * Text that a spreadsheet would run as a formula ({@code = + - @}, tab, CR first) gets a leading {@code '}.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    /** The table of {@code entity}, a record or list of records declared as {@code type}. */
    public static CsvTable of(Object entity, Type type) {
        List<?> items;
        Class<?> rowType;
        if (entity instanceof List<?> list) {
            items = list;
            rowType = elementType(type, list);
        } else {
            RecordComponent listed = onlyList(entity.getClass());
            if (listed != null) {
                items = (List<?>) value(listed, entity);
                rowType = elementType(listed.getGenericType(), items);
            } else {
                items = List.of(entity);
                rowType = entity.getClass();
            }
        }
        List<String> header = new ArrayList<>();
        columns(rowType, "", header);
        List<List<String>> rows = new ArrayList<>();
        for (Object item : items) {
            List<String> row = new ArrayList<>();
            cells(rowType, item, row);
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }

    /** The table as CSV text: header row, then the rows, each ended by CRLF. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    /** One value as a cell's text: empty for null, exact decimals, guarded text. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(CsvTable::text).collect(Collectors.joining(" "));
        }
        if (value instanceof CharSequence s) {
            return guard(s.toString());
        }
        return value.toString();
    }

    /** Text a spreadsheet would read as a formula, prefixed with {@code '}. */
    public static String guard(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** A field as RFC 4180 writes it: in double quotes (with quotes doubled) when it holds , " CR or LF. */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CsvTable::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static void columns(Class<?> type, String prefix, List<String> into) {
        if (!type.isRecord()) {
            return; // an empty list of unknown type: no columns
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord()) {
                columns(c.getType(), prefix + c.getName() + ".", into);
            } else {
                into.add(prefix + c.getName());
            }
        }
    }

    private static void cells(Class<?> type, Object row, List<String> into) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Object v = row == null ? null : value(c, row);
            if (c.getType().isRecord()) {
                cells(c.getType(), v, into);
            } else {
                into.add(text(v));
            }
        }
    }

    /** The record's one component that is a list of records, or null. */
    private static RecordComponent onlyList(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("no CSV for " + type);
        }
        List<RecordComponent> lists = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (List.class.isAssignableFrom(c.getType()) && elementType(c.getGenericType(), List.of()).isRecord()) {
                lists.add(c);
            }
        }
        return lists.size() == 1 ? lists.get(0) : null;
    }

    private static Class<?> elementType(Type declared, List<?> items) {
        if (declared instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        if (!items.isEmpty() && items.get(0) != null) {
            return items.get(0).getClass();
        }
        return Object.class;
    }

    private static Object value(RecordComponent c, Object row) {
        try {
            return c.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
