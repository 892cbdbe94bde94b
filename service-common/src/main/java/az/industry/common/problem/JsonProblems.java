package az.industry.common.problem;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Describes unreadable JSON as a 400 problem naming the field, e.g. {@code amount} or {@code [3].amount}. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The 400 problem for a body Jackson could not read. */
    public static Problem of(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return Problem.invalid(400, "The body is not valid JSON: " + e.getOriginalMessage(),
                    List.of(new Violation("body", "malformed JSON")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.invalid(400, "A field could not be read.",
                    List.of(new Violation(field(mapping.getPath()), message(mapping))));
        }
        return Problem.invalid(400, "The body could not be read: " + e.getOriginalMessage(),
                List.of(new Violation("body", "unreadable")));
    }

    /** Why a value could not be read, e.g. {@code invalid value 'x'; expected a number}. */
    public static String message(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "invalid value '" + printable(String.valueOf(invalid.getValue())) + "'" + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "wrong type" + expected(mismatch.getTargetType());
        }
        return "invalid value";
    }

    /** {@code value} as a problem may echo it: control characters and surrogates as code points, at most 40 characters. */
    public static String printable(String value) {
        StringBuilder b = new StringBuilder();
        value.codePoints().limit(40).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
                b.append(String.format("U+%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return value.codePointCount(0, value.length()) > 40 ? b + "..." : b.toString();
    }

    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(c.toString());
            }
            return "; expected one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "; expected a date YYYY-MM-DD";
            case "BigDecimal", "Integer", "int", "Long", "long" -> "; expected a number";
            case "String" -> "; expected a string";
            default -> "";
        };
    }
}
