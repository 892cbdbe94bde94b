package az.industry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;
import az.industry.contracts.zone.Sector;

/**
 * The published-figures scenario: every investment, production report and export shipment to post through the
 * public APIs, in the order to post them (oldest first).
 *
 * <p>Each row holds exactly the fields of the contract's {@code POST} body ({@link Investment#body()} etc.)
 * plus {@code ref}, a stable id ({@code inv-0001}, {@code prod-0001}, {@code exp-0001}) that a loader sends
 * as the {@code Idempotency-Key}, so that loading twice records nothing new.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.load();
 * for (Scenario.Investment row : scenario.investments()) {
 *     post("/api/investments", row.ref(), Scenario.toJson(row.body()));
 * }
 * }</pre>
 */
@JsonPropertyOrder({ "investments", "production", "exports" })
public record Scenario(List<Investment> investments, List<Production> production, List<Export> exports) {

    /** The classpath resource holding the data set. */
    public static final String RESOURCE = "/scenario/published-figures.json";

    private static final CurrencyRates RATES = CurrencyRates.defaults();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("iso-local-date")
                    .addSerializer(LocalDate.class, new LocalDateSerializer())
                    .addDeserializer(LocalDate.class, new LocalDateDeserializer()))
            .build();

    public Scenario {
        investments = List.copyOf(investments);
        production = List.copyOf(production);
        exports = List.copyOf(exports);
    }

    /** One {@code POST /api/investments} body, with its idempotency key. */
    @JsonPropertyOrder({ "ref", "zoneId", "investor", "sector", "amount", "currency", "investedOn", "jobsCreated",
            "description" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Investment(String ref, String zoneId, String investor, Sector sector, BigDecimal amount,
            String currency, LocalDate investedOn, int jobsCreated, String description) {

        public Investment {
            Objects.requireNonNull(ref, "ref");
        }

        /** The contract's body: every field but {@code ref}, in the contract's order. */
        @JsonIgnore
        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("zoneId", zoneId);
            body.put("investor", investor);
            body.put("sector", sector.name());
            body.put("amount", amount);
            body.put("currency", currency);
            body.put("investedOn", investedOn.toString());
            body.put("jobsCreated", jobsCreated);
            if (description != null) {
                body.put("description", description);
            }
            return body;
        }

        /** What the service stores as {@code amountAzn}. */
        @JsonIgnore
        public BigDecimal amountAzn() {
            return Scenario.toAzn(amount, currency);
        }
    }

    /** One {@code POST /api/production} body, with its idempotency key. */
    @JsonPropertyOrder({ "ref", "zoneId", "producer", "sector", "product", "quantity", "unit", "value", "currency",
            "producedOn" })
    public record Production(String ref, String zoneId, String producer, Sector sector, String product,
            BigDecimal quantity, String unit, BigDecimal value, String currency, LocalDate producedOn) {

        public Production {
            Objects.requireNonNull(ref, "ref");
        }

        /** The contract's body: every field but {@code ref}, in the contract's order. */
        @JsonIgnore
        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("zoneId", zoneId);
            body.put("producer", producer);
            body.put("sector", sector.name());
            body.put("product", product);
            body.put("quantity", quantity);
            body.put("unit", unit);
            body.put("value", value);
            body.put("currency", currency);
            body.put("producedOn", producedOn.toString());
            return body;
        }

        /** What the service stores as {@code valueAzn}. */
        @JsonIgnore
        public BigDecimal valueAzn() {
            return Scenario.toAzn(value, currency);
        }
    }

    /** One {@code POST /api/exports} body, with its idempotency key. */
    @JsonPropertyOrder({ "ref", "zoneId", "exporter", "sector", "destinationCountry", "hsCode", "product",
            "quantity", "unit", "value", "currency", "shippedOn" })
    public record Export(String ref, String zoneId, String exporter, Sector sector, String destinationCountry,
            String hsCode, String product, BigDecimal quantity, String unit, BigDecimal value, String currency,
            LocalDate shippedOn) {

        public Export {
            Objects.requireNonNull(ref, "ref");
        }

        /** The contract's body: every field but {@code ref}, in the contract's order. */
        @JsonIgnore
        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("zoneId", zoneId);
            body.put("exporter", exporter);
            body.put("sector", sector.name());
            body.put("destinationCountry", destinationCountry);
            body.put("hsCode", hsCode);
            body.put("product", product);
            body.put("quantity", quantity);
            body.put("unit", unit);
            body.put("value", value);
            body.put("currency", currency);
            body.put("shippedOn", shippedOn.toString());
            return body;
        }

        /** What the service stores as {@code valueAzn}. */
        @JsonIgnore
        public BigDecimal valueAzn() {
            return Scenario.toAzn(value, currency);
        }
    }

    /** The data set shipped in this jar ({@link #RESOURCE}). */
    public static Scenario load() {
        try (InputStream in = Scenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data set in this format from any stream (the caller closes it). */
    public static Scenario read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Scenario.class);
    }

    /** Compact JSON of a row or a {@link Investment#body() body}: numbers plain, dates ISO-8601. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value, e);
        }
    }

    /**
     * The data set's canonical text: one row per line, arrays in the order investments, production, exports,
     * LF line ends and a final newline. The committed file is exactly this text of the generator's output.
     */
    public String toCanonicalJson() {
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("{\n");
        appendArray(out, "investments", investments);
        out.append(",\n");
        appendArray(out, "production", production);
        out.append(",\n");
        appendArray(out, "exports", exports);
        out.append("\n}\n");
        return out.toString();
    }

    private static void appendArray(StringBuilder out, String name, List<?> rows) {
        out.append("  \"").append(name).append("\": [");
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(toJson(rows.get(i)));
        }
        out.append(rows.isEmpty() ? "]" : "\n  ]");
    }

    /** Original amount to AZN as the services store it (contract: amount x rate, half-even, 2 decimals). */
    static BigDecimal toAzn(BigDecimal amount, String currency) {
        BigDecimal rate = RATES.aznPerUnit(currency)
                .orElseThrow(() -> new IllegalArgumentException("no rate for " + currency));
        return Money.toAzn(amount, rate);
    }

    private static final class LocalDateSerializer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class LocalDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return LocalDate.parse(p.getValueAsString());
        }
    }
}
