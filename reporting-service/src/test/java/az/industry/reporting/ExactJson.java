package az.industry.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * JSON for exact assertions: numbers read as BigDecimal with their scale kept (so 12.30 is not 12.3), and a
 * field-by-field comparison that names the path of the first difference.
 */
public final class ExactJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ExactJson() {
    }

    public static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** GETs {@code path} (relative to the test server), expects 200 and returns the body. */
    public static JsonNode get(String path) {
        return read(given().when().get(path).then().statusCode(200).extract().asString());
    }

    /**
     * Asserts {@code actual} equals {@code expected} field by field: the same fields, arrays of the same length
     * in the same order, numbers equal including their scale; fields named in {@code ignored} are skipped.
     */
    public static void assertSame(String path, JsonNode expected, JsonNode actual, Set<String> ignored) {
        if (expected.isObject()) {
            assertTrue(actual != null && actual.isObject(), path + ": expected an object, was " + actual);
            Set<String> want = names(expected, ignored);
            assertEquals(want, names(actual, ignored), path + ": fields");
            for (String name : want) {
                assertSame(path + "." + name, expected.get(name), actual.get(name), ignored);
            }
        } else if (expected.isArray()) {
            assertTrue(actual != null && actual.isArray(), path + ": expected an array, was " + actual);
            assertEquals(expected.size(), actual.size(), path + ": length; expected " + expected + " but was " + actual);
            for (int i = 0; i < expected.size(); i++) {
                assertSame(path + "[" + i + "]", expected.get(i), actual.get(i), ignored);
            }
        } else if (expected.isIntegralNumber()) {
            assertTrue(actual.isIntegralNumber(), path + ": expected an integer, was " + actual);
            assertEquals(expected.bigIntegerValue(), actual.bigIntegerValue(), path);
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber() && !actual.isIntegralNumber(), path + ": expected a decimal, was " + actual);
            assertEquals(expected.decimalValue(), actual.decimalValue(), path);
        } else if (expected.isNull()) {
            assertTrue(actual.isNull(), path + ": expected null, was " + actual);
        } else if (expected.isTextual() || expected.isBoolean()) {
            assertEquals(expected, actual, path);
        } else {
            fail(path + ": cannot compare " + expected);
        }
    }

    private static Set<String> names(JsonNode node, Set<String> ignored) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!ignored.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
