package az.industry.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A valid JSON body, its fields in name order, as compact or pretty text and with one field set, left out or given twice. */
final class BodyMutations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> valid;

    BodyMutations(Map<String, Object> valid) {
        this.valid = new LinkedHashMap<>(new TreeMap<>(valid));
    }

    /** The valid body's fields, in name order. */
    Map<String, Object> fields() {
        return valid;
    }

    String compact() {
        return json(valid);
    }

    String pretty() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(valid);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid body with {@code field} set to the raw JSON {@code raw}. */
    String with(String field, String raw) {
        Map<String, String> rawFields = rawFields();
        rawFields.put(field, raw);
        return object(rawFields);
    }

    String without(String field) {
        Map<String, String> rawFields = rawFields();
        rawFields.remove(field);
        return object(rawFields);
    }

    String twice(String field) {
        String body = compact();
        return body.substring(0, body.length() - 1) + "," + json(field) + ":" + HostileValues.ANY_FIELD.get(0) + "}";
    }

    private Map<String, String> rawFields() {
        Map<String, String> raw = new LinkedHashMap<>();
        valid.forEach((k, v) -> raw.put(k, json(v)));
        return raw;
    }

    private static String object(Map<String, String> rawFields) {
        return rawFields.entrySet().stream().map(e -> json(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
