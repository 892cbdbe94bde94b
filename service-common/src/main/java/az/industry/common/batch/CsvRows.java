package az.industry.common.batch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.common.problem.JsonProblems;
import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;

/**
 * CSV rows as request records: the header row names the record's fields (exactly as in JSON), each cell is
 * trimmed, an empty cell is an absent field; every bad cell of every row is reported as {@code line N: field}.
 */
final class CsvRows<T> {

    /** A number as a cell may give it: ASCII digits, an optional sign and decimal point, an optional exponent. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,4})?");

    private final ObjectMapper json;
    private final Class<T> rowType;
    private final Map<String, JavaType> fields = new LinkedHashMap<>();
    private final Set<String> required = new HashSet<>();

    /** {@code json}: a {@link #cellReader}. */
    CsvRows(ObjectMapper json, Validator validator, Class<T> rowType) {
        if (!rowType.isRecord()) {
            throw new IllegalArgumentException(rowType + " is not a record");
        }
        this.json = json;
        this.rowType = rowType;
        for (var component : rowType.getRecordComponents()) {
            fields.put(component.getName(), json.getTypeFactory().constructType(component.getGenericType()));
            if (isRequired(validator.getConstraintsForClass(rowType).getConstraintsForProperty(component.getName()))) {
                required.add(component.getName());
            }
        }
    }

    /**
     * The mapper {@code CsvRows} reads cells with: {@code json}'s rules, except that numbers come from text (a CSV cell
     * is text, where JSON must give a number); a copy, made once.
     */
    static ObjectMapper cellReader(ObjectMapper json) {
        ObjectMapper cells = json.copy();
        for (LogicalType numeric : new LogicalType[] { LogicalType.Integer, LogicalType.Float }) {
            cells.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        }
        return cells;
    }

    private static boolean isRequired(PropertyDescriptor property) {
        return property != null && property.getConstraintDescriptors().stream()
                .map(c -> c.getAnnotation().annotationType())
                .anyMatch(t -> t == NotNull.class || t == NotBlank.class || t == NotEmpty.class);
    }

    List<T> read(byte[] body, BatchReader reader) {
        List<Csv.Line> lines;
        try {
            lines = Csv.parse(text(body));
        } catch (Csv.MalformedException e) {
            throw ProblemException.invalid(List.of(new Violation("line " + e.line(), e.getMessage())));
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid(List.of(new Violation("body",
                    "empty CSV: a header row with the field names and one row per record are required")));
        }
        List<String> header = header(lines.get(0));
        BatchReader.checkCount(lines.size() - 1);
        BatchReader.Checked checked = reader.checked();
        List<T> rows = new ArrayList<>(lines.size() - 1);
        for (Csv.Line line : lines.subList(1, lines.size())) {
            T row = row(line, header, checked);
            if (row != null) {
                rows.add(row);
            }
        }
        checked.throwIfAny();
        return rows;
    }

    private static String text(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(List.of(new Violation("body", "CSV must be UTF-8 text")));
        }
    }

    /** The column names; unknown, duplicate and missing required columns are reported against line 1. */
    private List<String> header(Csv.Line line) {
        List<String> names = line.cells().stream().map(String::strip).toList();
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                problems.add(new Violation("line " + line.number(), "column " + (i + 1) + " has no name"));
            } else if (!fields.containsKey(name)) {
                problems.add(new Violation("line " + line.number() + ": " + name,
                        "unknown column; the columns are " + String.join(", ", fields.keySet())));
            } else if (!seen.add(name)) {
                problems.add(new Violation("line " + line.number() + ": " + name, "duplicate column"));
            }
        }
        for (String name : fields.keySet()) {
            if (required.contains(name) && !seen.contains(name)) {
                problems.add(new Violation("line " + line.number() + ": " + name, "missing column"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return names;
    }

    /** One record, or null after reporting what is wrong with it. */
    private T row(Csv.Line line, List<String> header, BatchReader.Checked checked) {
        String prefix = "line " + line.number();
        if (line.cells().size() != header.size()) {
            checked.other(new Violation(prefix, "has " + line.cells().size() + " fields; the header has "
                    + header.size()));
            return null;
        }
        ObjectNode node = json.createObjectNode();
        Set<String> unreadable = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String value = line.cells().get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            JavaType type = fields.get(name);
            if (Number.class.isAssignableFrom(type.getRawClass()) && !PLAIN_NUMBER.matcher(value).matches()) {
                unreadable.add(name);
                checked.other(new Violation(prefix + ": " + name, "invalid value '" + JsonProblems.printable(value) + "'; expected a number"
                        + " such as 1200.50 (digits 0-9, a point for decimals)"));
                continue;
            }
            try {
                json.convertValue(value, type);
                node.put(name, value);
            } catch (IllegalArgumentException e) {
                unreadable.add(name);
                checked.other(new Violation(prefix + ": " + name, e.getCause() instanceof JsonMappingException m
                        ? JsonProblems.message(m) : "invalid value '" + value + "'"));
            }
        }
        T row = json.convertValue(node, rowType);
        checked.validate(row, field -> prefix + ": " + field, unreadable);
        return unreadable.isEmpty() ? row : null;
    }
}
