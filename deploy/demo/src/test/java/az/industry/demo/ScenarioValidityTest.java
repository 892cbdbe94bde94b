package az.industry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.ZoneCatalogue;

/** Every row is a body the services accept: the contract's fields and validation rules. */
class ScenarioValidityTest {

    /** Today, for this data set; rows dated later would be refused as "in the future". */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Pattern HS_CODE = Pattern.compile("^(\\d{2}|\\d{4}|\\d{6})$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final ZoneCatalogue ZONES = ZoneCatalogue.defaults();

    static final List<String> INVESTMENT_FIELDS = List.of("zoneId", "investor", "sector", "amount", "currency",
            "investedOn", "jobsCreated", "description");
    static final List<String> PRODUCTION_FIELDS = List.of("zoneId", "producer", "sector", "product", "quantity", "unit",
            "value", "currency", "producedOn");
    static final List<String> EXPORT_FIELDS = List.of("zoneId", "exporter", "sector", "destinationCountry", "hsCode",
            "product", "quantity", "unit", "value", "currency", "shippedOn");

    private static Scenario scenario;
    private static JsonNode raw;

    @BeforeAll
    static void load() throws IOException {
        scenario = Scenario.load();
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        raw = exact.readTree(Files.readString(ScenarioGeneratorTest.COMMITTED));
    }

    @Test
    void fileHasExactlyTheThreeArrays() {
        List<String> names = new ArrayList<>();
        raw.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("investments", "production", "exports"), names);
        assertTrue(scenario.investments().size() > 100);
        assertTrue(scenario.production().size() > 100);
        assertTrue(scenario.exports().size() > 100);
        assertTrue(scenario.investments().size() + scenario.production().size() + scenario.exports().size() <= 2_500);
    }

    @Test
    void rawRowsHoldExactlyRefAndTheContractsFieldsWithPlainNumbers() {
        checkRaw(raw.get("investments"), INVESTMENT_FIELDS, Set.of("amount", "jobsCreated"));
        checkRaw(raw.get("production"), PRODUCTION_FIELDS, Set.of("quantity", "value"));
        checkRaw(raw.get("exports"), EXPORT_FIELDS, Set.of("quantity", "value"));
    }

    private static void checkRaw(JsonNode rows, List<String> fields, Set<String> numbers) {
        assertTrue(rows.isArray());
        List<String> expected = new ArrayList<>();
        expected.add("ref");
        expected.addAll(fields);
        for (JsonNode row : rows) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertEquals(expected, names, row.toString());
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (numbers.contains(field.getKey())) {
                    assertTrue(field.getValue().isNumber(), field.getKey() + " is a JSON number in " + row);
                    assertFalse(field.getValue().toString().toUpperCase(Locale.ROOT).contains("E"), "plain: " + row);
                } else {
                    assertTrue(field.getValue().isTextual(), field.getKey() + " is a string in " + row);
                }
            }
        }
    }

    @Test
    void noNumberIsWrittenInScientificNotation() throws IOException {
        String text = Files.readString(ScenarioGeneratorTest.COMMITTED);
        assertFalse(Pattern.compile(":-?[0-9.]+[eE]").matcher(text).find(), "a number in scientific notation");
    }

    @Test
    void bodiesAreTheContractsFields() {
        for (Scenario.Investment row : scenario.investments()) {
            assertEquals(INVESTMENT_FIELDS, List.copyOf(row.body().keySet()));
        }
        for (Scenario.Production row : scenario.production()) {
            assertEquals(PRODUCTION_FIELDS, List.copyOf(row.body().keySet()));
        }
        for (Scenario.Export row : scenario.exports()) {
            assertEquals(EXPORT_FIELDS, List.copyOf(row.body().keySet()));
        }
        Scenario.Investment first = scenario.investments().get(0);
        assertFalse(Scenario.toJson(first.body()).contains("ref"));
    }

    @Test
    void refsAreUniqueNumberedAndRowsOldestFirst() {
        checkRefs("inv", scenario.investments().stream().map(Scenario.Investment::ref).toList(),
                scenario.investments().stream().map(Scenario.Investment::investedOn).toList());
        checkRefs("prod", scenario.production().stream().map(Scenario.Production::ref).toList(),
                scenario.production().stream().map(Scenario.Production::producedOn).toList());
        checkRefs("exp", scenario.exports().stream().map(Scenario.Export::ref).toList(),
                scenario.exports().stream().map(Scenario.Export::shippedOn).toList());
    }

    private static void checkRefs(String prefix, List<String> refs, List<LocalDate> dates) {
        for (int i = 0; i < refs.size(); i++) {
            assertEquals(String.format(Locale.ROOT, "%s-%04d", prefix, i + 1), refs.get(i));
            assertTrue(refs.get(i).length() <= 128 && refs.get(i).chars().allMatch(c -> c > 32 && c < 127));
            if (i > 0) {
                assertFalse(dates.get(i).isBefore(dates.get(i - 1)), refs.get(i) + " is older than the row before");
            }
        }
        assertEquals(refs.size(), new LinkedHashSet<>(refs).size());
    }

    @Test
    void investmentsAreValid() {
        for (Scenario.Investment row : scenario.investments()) {
            String where = row.ref();
            checkZoneAndSector(where, row.zoneId(), row.sector());
            checkText(where, row.investor(), 200);
            checkMoney(where, row.amount(), row.currency());
            checkDate(where, row.investedOn());
            assertTrue(row.jobsCreated() >= 0 && row.jobsCreated() <= 10_000_000, where);
            if (row.description() != null) {
                checkText(where, row.description(), 2000);
            }
        }
    }

    @Test
    void productionReportsAreValid() {
        for (Scenario.Production row : scenario.production()) {
            String where = row.ref();
            checkZoneAndSector(where, row.zoneId(), row.sector());
            checkText(where, row.producer(), 200);
            checkText(where, row.product(), 200);
            checkText(where, row.unit(), 50);
            checkQuantity(where, row.quantity());
            checkMoney(where, row.value(), row.currency());
            checkDate(where, row.producedOn());
        }
    }

    @Test
    void exportShipmentsAreValid() {
        for (Scenario.Export row : scenario.exports()) {
            String where = row.ref();
            checkZoneAndSector(where, row.zoneId(), row.sector());
            checkText(where, row.exporter(), 200);
            checkText(where, row.product(), 200);
            checkText(where, row.unit(), 50);
            assertTrue(HS_CODE.matcher(row.hsCode()).matches(), where + " hsCode " + row.hsCode());
            String country = row.destinationCountry();
            assertEquals(country.toUpperCase(Locale.ROOT), country, where);
            assertTrue(COUNTRIES.contains(country), where + " not a real country: " + country);
            assertFalse(country.equals("AZ"), where + " exports to Azerbaijan");
            checkQuantity(where, row.quantity());
            checkMoney(where, row.value(), row.currency());
            checkDate(where, row.shippedOn());
        }
    }

    @Test
    void everyExporterAlsoReportsProductionInItsZone() {
        Set<String> producers = new java.util.HashSet<>();
        scenario.production().forEach(row -> producers.add(row.zoneId() + "/" + row.producer()));
        for (Scenario.Export row : scenario.exports()) {
            assertTrue(producers.contains(row.zoneId() + "/" + row.exporter()), row.ref() + " " + row.exporter());
        }
    }

    private static void checkZoneAndSector(String where, String zoneId, Sector sector) {
        assertTrue(ZONES.contains(zoneId), where + " unknown zone " + zoneId);
        assertNotNull(sector, where);
        assertTrue(Arrays.asList(Sector.values()).contains(sector), where);
    }

    private static void checkText(String where, String text, int max) {
        assertNotNull(text, where);
        assertFalse(text.isBlank(), where);
        assertTrue(text.length() <= max, where + " longer than " + max);
    }

    /** Contract: > 0, at most 2 decimal places, at most 15 digits before the point; AZN or USD. */
    private static void checkMoney(String where, BigDecimal amount, String currency) {
        assertNotNull(amount, where);
        assertTrue(amount.signum() > 0, where + " amount " + amount);
        assertTrue(amount.scale() <= 2 && amount.stripTrailingZeros().scale() <= 2, where + " decimals " + amount);
        assertTrue(amount.precision() - amount.scale() <= 15, where + " integer digits " + amount);
        assertTrue(currency.equals("AZN") || currency.equals("USD"), where + " currency " + currency);
    }

    /** Services: > 0, at most 15 digits before the point and 6 after. */
    private static void checkQuantity(String where, BigDecimal quantity) {
        assertNotNull(quantity, where);
        assertTrue(quantity.signum() > 0, where + " quantity " + quantity);
        assertTrue(quantity.stripTrailingZeros().scale() <= 6, where + " quantity " + quantity);
        assertTrue(quantity.precision() - quantity.scale() <= 15, where + " quantity " + quantity);
    }

    private static void checkDate(String where, LocalDate date) {
        assertNotNull(date, where);
        assertFalse(date.isBefore(PublishedFigures.SINCE), where + " before 2011: " + date);
        assertFalse(date.isAfter(TODAY), where + " in the future: " + date);
        assertFalse(date.isAfter(LocalDate.now()), where + " in the future: " + date);
    }
}
