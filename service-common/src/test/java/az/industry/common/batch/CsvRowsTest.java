package az.industry.common.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;

/**
 * CSV rows as request records, without Quarkus: the header names the fields, cells are trimmed, an empty cell is an
 * absent field, numbers stay exact, and every bad cell of every row is named {@code line N: field}.
 */
class CsvRowsTest {

    /** A request record as the write services have them, with the constraints that make a column required. */
    record Row(@NotBlank String producer, @NotNull @Positive BigDecimal value, Integer quantity, String note) {
    }

    private final BatchReader reader = reader();

    @Test
    void eachLineAfterTheHeaderIsARecordWithExactNumbers() {
        List<Row> rows = read("\uFEFFproducer,value,quantity,note\r\n"
                + "Ganja Automobile Plant, 107500000.00 ,3761,\"light trucks, 2024\"\r\n"
                + "\r\n"
                + "Azersun,0.10,,\n");

        assertEquals(2, rows.size());
        assertEquals(new Row("Ganja Automobile Plant", new BigDecimal("107500000.00"), 3761, "light trucks, 2024"), rows.get(0));
        assertEquals(new BigDecimal("0.10"), rows.get(1).value(), "the scale as written");
        assertNull(rows.get(1).quantity(), "an empty cell is an absent field");
        assertNull(rows.get(1).note());
    }

    @Test
    void theHeaderIsCheckedAgainstTheRecordsFields() {
        assertEquals(List.of(new Violation("line 1: colour", "unknown column; the columns are producer, value, quantity, note"),
                new Violation("line 1: value", "duplicate column"),
                new Violation("line 1: producer", "missing column")),
                violations("value,colour,value\n1,red,2\n"));
    }

    @Test
    void everyBadCellOfEveryLineIsNamed() {
        List<Violation> found = violations("producer,value,quantity\n"
                + ",12.00,1\n" // a required field left empty
                + "Azersun,\"1,200.50\",1\n" // not a plain number
                + "Azersun,-5,x\n" // a value the constraints refuse and an unreadable integer
                + "Azersun,1\n"); // a line too short
        List<String> fields = found.stream().map(Violation::field).toList();
        assertEquals(List.of("line 2: producer", "line 3: value", "line 4: quantity", "line 4: value", "line 5"), fields,
                found.toString());
        assertTrue(found.get(1).message().contains("expected a number"), found.get(1).message());
        assertTrue(found.get(4).message().contains("has 2 fields; the header has 3"), found.get(4).message());
    }

    @Test
    void aBodyThatIsNotUtf8TextOrHoldsNoRecordsIsRefusedAsAWhole() {
        assertEquals(List.of(new Violation("body", "CSV must be UTF-8 text")),
                violations(new byte[] {'p', 'r', 'o', (byte) 0xC3, '\n'}));
        assertEquals("body", violations("").get(0).field());
        assertEquals(List.of(new Violation("body", "a batch needs at least one record")), violations("producer,value\n"));
        assertEquals("line 2", violations("producer,value\n\"unterminated,1\n").get(0).field());
    }

    @Test
    void moreThanTheBatchLimitIsTooLarge() {
        StringBuilder csv = new StringBuilder("producer,value\n");
        for (int i = 0; i <= BatchReader.MAX_RECORDS; i++) {
            csv.append("Azersun,1.00\n");
        }
        ProblemException e = assertThrows(ProblemException.class, () -> read(csv.toString()));
        assertEquals(413, e.problem().status());
    }

    private List<Row> read(String csv) {
        return reader.read(csv.getBytes(StandardCharsets.UTF_8), MediaType.valueOf(BatchReader.CSV), Row.class);
    }

    private List<Violation> violations(String csv) {
        return violations(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<Violation> violations(byte[] csv) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> reader.read(csv, MediaType.valueOf(BatchReader.CSV), Row.class));
        assertEquals(400, e.problem().status(), e.problem().toString());
        return e.problem().violations();
    }

    private static BatchReader reader() {
        BatchReader reader = new BatchReader();
        reader.json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        reader.validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        return reader;
    }
}
