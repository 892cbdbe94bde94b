package az.industry.reporting.rest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import az.industry.common.batch.Csv;

/** CSV encoding and flattening, without Quarkus: RFC 4180 quoting, CRLF, exact decimals, formula guard, nesting. */
class CsvTableTest {

    record Block(BigDecimal totalAzn, long count) {
    }

    record Row(String name, List<String> zoneIds, Block production, LocalDate day, BigDecimal growth) {
    }

    record Wrapper(long count, List<Row> rows) {
    }

    static final List<Row> ROWS = List.of(
            new Row("SOCAR Polymer", List.of("a-zone", "b-zone"), new Block(new BigDecimal("123456789012345.67"), 3),
                    LocalDate.of(2025, 3, 31), new BigDecimal("-0.2969")),
            new Row("Comma, \"Quoted\"\r\nLtd", List.of(), null, null, null),
            new Row("=HYPERLINK(\"http://x\")", List.of(), new Block(new BigDecimal("1E+3"), 0), null, null));

    @Test
    void flattensNestedRecordsIntoDottedColumnsAndEncodesRfc4180() {
        String csv = CsvTable.of(ROWS, Types.listOf(Row.class)).encode();
        assertEquals("name,zoneIds,production.totalAzn,production.count,day,growth\r\n"
                + "SOCAR Polymer,a-zone b-zone,123456789012345.67,3,2025-03-31,-0.2969\r\n"
                + "\"Comma, \"\"Quoted\"\"\r\nLtd\",,,,,\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",,1000,0,,\r\n", csv);
        List<Csv.Line> parsed = Csv.parse(csv);
        assertEquals("Comma, \"Quoted\"\r\nLtd", parsed.get(2).cells().get(0));
        assertEquals("'=HYPERLINK(\"http://x\")", parsed.get(3).cells().get(0));
    }

    @Test
    void aRecordWithOneListIsTheTableOfItsList() {
        CsvTable t = CsvTable.of(new Wrapper(3, ROWS.subList(0, 1)), Wrapper.class);
        assertEquals(List.of("name", "zoneIds", "production.totalAzn", "production.count", "day", "growth"), t.header());
        assertEquals(1, t.rows().size());
    }

    @Test
    void aSingleRecordIsOneRowAndAnEmptyListKeepsItsHeader() {
        assertEquals("totalAzn,count\r\n0.10,2\r\n", CsvTable.of(new Block(new BigDecimal("0.10"), 2), Block.class).encode());
        assertEquals("totalAzn,count\r\n", CsvTable.of(List.of(), Types.listOf(Block.class)).encode());
    }

    @Test
    void guardsOnlyTextThatLooksLikeAFormula() {
        for (String bad : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + bad, CsvTable.text(bad), bad);
        }
        assertEquals("SOCAR", CsvTable.text("SOCAR"));
        assertEquals("", CsvTable.text(""));
        assertEquals("-0.2969", CsvTable.text(new BigDecimal("-0.2969")), "numbers are not text");
        assertEquals("a,b", CsvTable.field("a,b").replace("\"", ""));
        assertEquals("plain", CsvTable.field("plain"));
        assertEquals("\"say \"\"hi\"\"\"", CsvTable.field("say \"hi\""));
        assertEquals("\"line\nbreak\"", CsvTable.field("line\nbreak"));
    }

    /** Declared list types, as JAX-RS hands them to the writer. */
    static final class Types {
        static java.lang.reflect.Type listOf(Class<?> element) {
            return new java.lang.reflect.ParameterizedType() {
                @Override
                public java.lang.reflect.Type[] getActualTypeArguments() {
                    return new java.lang.reflect.Type[] { element };
                }

                @Override
                public java.lang.reflect.Type getRawType() {
                    return List.class;
                }

                @Override
                public java.lang.reflect.Type getOwnerType() {
                    return null;
                }
            };
        }
    }
}
