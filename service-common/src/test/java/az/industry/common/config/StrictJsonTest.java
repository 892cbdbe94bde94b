package az.industry.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import az.industry.contracts.zone.Sector;

/** The strict JSON rules of {@link JsonCustomizer}: each type only as its own JSON shape, nothing after the value. */
class StrictJsonTest {

    record Body(String name, BigDecimal amount, Integer jobs, Sector sector, LocalDate on) {
    }

    private static final ObjectMapper JSON = mapper();

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonCustomizer().customize(m);
        return m;
    }

    private static final String VALID = "{\"name\":\"BYD\",\"amount\":12.50,\"jobs\":3,\"sector\":\"AUTOMOTIVE\",\"on\":\"2024-05-01\"}";

    @Test
    void readsAValidBodyExactly() throws Exception {
        Body b = JSON.readValue(VALID, Body.class);
        assertEquals(new Body("BYD", new BigDecimal("12.50"), 3, Sector.AUTOMOTIVE, LocalDate.of(2024, 5, 1)), b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"sector\":0", "\"sector\":11", "\"sector\":\"\"", "\"sector\":\"automotive\"",
            "\"on\":-1", "\"on\":20240501", "\"on\":\"2024-05-01T00:00:00\"", "\"on\":\"2024-05-01T00:00:00Z\"", "\"on\":[2024,5,1]",
            "\"on\":\"2024-5-1\"", "\"on\":\"2024-02-30\"", "\"on\":\"\"", "\"on\":true",
            "\"amount\":\"12\"", "\"amount\":\"\"", "\"amount\":true", "\"amount\":[1]", "\"amount\":{}",
            "\"jobs\":\"3\"", "\"jobs\":3.5", "\"jobs\":true", "\"jobs\":1e2", "\"jobs\":99999999999",
            "\"name\":12", "\"name\":1.5", "\"name\":true", "\"name\":[\"BYD\"]", "\"name\":{}" })
    void refusesAValueOfTheWrongShape(String field) {
        String key = field.substring(0, field.indexOf(':'));
        String body = VALID.replaceFirst(java.util.regex.Pattern.quote(key) + ":(\"[^\"]*\"|[^,}]*)",
                java.util.regex.Matcher.quoteReplacement(field));
        assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, Body.class), body);
    }

    @ParameterizedTest
    @ValueSource(strings = { "}", "}}}}", " x", ",{}", "[]", " {\"name\":1}" })
    void refusesAnythingAfterTheValue(String tail) {
        assertThrows(JsonProcessingException.class, () -> JSON.readValue(VALID + tail, Body.class));
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"name\":\"BYD\",\"name\":\"Other\",\"amount\":1}", Body.class));
    }

    @Test
    void whitespaceAfterTheValueIsFine() throws Exception {
        assertEquals("BYD", JSON.readValue(VALID + " \r\n\t", Body.class).name());
    }
}
