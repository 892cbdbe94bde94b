package az.industry.common.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 parsing: quoting, escaped quotes, line breaks in fields, line numbers, malformed input. */
class CsvTest {

    @Test
    void splitsRecordsAndFields() {
        List<Csv.Line> lines = Csv.parse("a,b,c\n1,2,3\r\n4,,6");
        assertEquals(List.of(new Csv.Line(1, List.of("a", "b", "c")), new Csv.Line(2, List.of("1", "2", "3")),
                new Csv.Line(3, List.of("4", "", "6"))), lines);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<Csv.Line> lines = Csv.parse("name,note\n\"Azersun, LLC\",\"said \"\"hi\"\"\nthen left\"\nlast,\"\"\n");
        assertEquals(new Csv.Line(2, List.of("Azersun, LLC", "said \"hi\"\nthen left")), lines.get(1));
        assertEquals(new Csv.Line(4, List.of("last", "")), lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void skipsBlankLinesButKeepsTheirNumbers() {
        List<Csv.Line> lines = Csv.parse("a,b\n\n1,2\n   \n3,4\n\n");
        assertEquals(List.of(new Csv.Line(1, List.of("a", "b")), new Csv.Line(3, List.of("1", "2")),
                new Csv.Line(5, List.of("3", "4"))), lines);
    }

    @Test
    void oldMacLineEndsAndSpacesAroundQuotesAreAccepted() {
        assertEquals(List.of(new Csv.Line(1, List.of("a", "b")), new Csv.Line(2, List.of("x", "y"))),
                Csv.parse("a,b\r \"x\" ,y"));
    }

    @Test
    void reportsAnUnterminatedQuoteAtTheLineItStarts() {
        Csv.MalformedException e = assertThrows(Csv.MalformedException.class,
                () -> Csv.parse("a,b\n1,2\n3,\"never closed\n4,5\n"));
        assertEquals(3, e.line());
        assertEquals("unterminated quoted field", e.getMessage());
    }

    @Test
    void reportsStrayQuotesAndTextAfterAClosingQuote() {
        assertEquals(2, assertThrows(Csv.MalformedException.class, () -> Csv.parse("a,b\n1,2\"3\n")).line());
        assertEquals(3, assertThrows(Csv.MalformedException.class, () -> Csv.parse("a\n1\n\"x\"y\n")).line());
    }

    @Test
    void emptyTextHasNoRecords() {
        assertEquals(List.of(), Csv.parse(""));
        assertEquals(List.of(), Csv.parse("\n\n"));
    }
}
