package az.industry.common.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import az.industry.common.http.Utf8Json;
import az.industry.common.problem.ConstraintProblems;
import az.industry.common.problem.JsonProblems;
import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;

/**
 * Reads the body of a {@code POST .../batch} – a JSON array or CSV with a header row – into rows that all pass
 * validation, or throws one problem listing every bad row: all or nothing. JSON fields are named {@code [3].amount}
 * (0-based index), CSV fields {@code line 3: amount} (1-based line of the file, the header being line 1).
 */
@ApplicationScoped
public class BatchReader {

    /** The CSV media type a batch accepts besides JSON. */
    public static final String CSV = "text/csv";
    /** At most this many records per batch; more is 413. */
    public static final int MAX_RECORDS = 1000;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    private volatile ObjectMapper cells;

    /** The validated rows of {@code body}, read as CSV when {@code type} is {@code text/csv}, else as JSON. */
    public <T> List<T> read(byte[] body, MediaType type, Class<T> rowType) {
        if (type != null && type.isCompatible(MediaType.valueOf(CSV))) {
            return new CsvRows<>(cells(), validator, rowType).read(body, this);
        }
        return readJson(body, rowType);
    }

    private ObjectMapper cells() {
        ObjectMapper c = cells;
        if (c == null) {
            c = CsvRows.cellReader(json);
            cells = c;
        }
        return c;
    }

    private <T> List<T> readJson(byte[] body, Class<T> rowType) {
        List<T> rows;
        Utf8Json.check(body, body.length);
        try {
            rows = json.readerForListOf(rowType).readValue(body);
        } catch (MismatchedInputException e) {
            if (!e.getPath().isEmpty()) {
                throw new ProblemException(JsonProblems.of(e));
            }
            throw ProblemException.invalid(List.of(new Violation("body", "expected a JSON array of records")));
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows == null) {
            throw ProblemException.invalid(List.of(new Violation("body", "expected a JSON array of records")));
        }
        checkCount(rows.size());
        Checked checked = new Checked();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "[" + i + "]";
            if (rows.get(i) == null) {
                checked.other(new Violation(prefix, "must not be null"));
            } else {
                checked.validate(rows.get(i), field -> prefix + "." + field, Set.of());
            }
        }
        checked.throwIfAny();
        return rows;
    }

    /** 400 for an empty batch, 413 for more than {@link #MAX_RECORDS}. */
    static void checkCount(int count) {
        if (count == 0) {
            throw ProblemException.invalid(List.of(new Violation("body", "a batch needs at least one record")));
        }
        if (count > MAX_RECORDS) {
            throw ProblemException.tooLarge("A batch holds at most " + MAX_RECORDS + " records; this one has "
                    + count + ". Split it into several batches.");
        }
    }

    Checked checked() {
        return new Checked();
    }

    /** Violations collected over all rows, in row order; 422 if all of them are unknown zones, else 400. */
    final class Checked {
        private final List<Violation> violations = new ArrayList<>();
        private boolean onlyUnknownZones = true;

        /** Validates one row, naming each field with {@code name} and skipping those already reported. */
        <T> void validate(T row, Function<String, String> name, Set<String> alreadyReported) {
            List<Violation> found = new ArrayList<>();
            for (ConstraintViolation<T> v : validator.validate(row)) {
                String field = ConstraintProblems.fieldOf(v);
                if (!alreadyReported.contains(field)) {
                    found.add(new Violation(name.apply(field), v.getMessage()));
                    onlyUnknownZones &= ConstraintProblems.onlyUnknownZones(List.of(v));
                }
            }
            found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
            violations.addAll(found);
        }

        /** A violation that is not an unknown zone (unreadable value, wrong shape). */
        void other(Violation violation) {
            violations.add(violation);
            onlyUnknownZones = false;
        }

        void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new ProblemException(ConstraintProblems.problem(violations, onlyUnknownZones));
            }
        }
    }
}
