package az.industry.e2e.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.demo.PublishedFigures;
import az.industry.e2e.Http;
import az.industry.e2e.PlatformScript;

/**
 * {@code ./platform demo} on a fresh platform reproduces every published figure through the reports API (the
 * SCIP companies through the companies report, Ganja's and Neftchala's 2024 vehicles through the products report,
 * each also recomputed from the write services' lists) and prints them; a second run changes nothing.
 */
class PublishedFiguresTest {

    static PlatformScript platform;
    static String reports;
    static String manager;
    static PlatformScript.Result firstRun;

    @BeforeAll
    static void loadTheScenario() throws Exception {
        platform = new PlatformScript(Files.createTempDirectory("demo-e2e").resolve("data"));
        PlatformScript.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        firstRun = platform.run("demo");
        assertEquals(0, firstRun.exitCode(), firstRun.output());
        System.out.println(firstRun.output());
        reports = "http://127.0.0.1:" + platform.port("REPORTING_PORT") + "/api/reports";
        manager = platform.token("manager");
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.run("down");
        }
    }

    @Test
    void nationalFiguresThroughTheCutOff() throws Exception {
        JsonNode n = get(reports + "/national?to=" + PublishedFigures.CUT_OFF);
        assertMoney(PublishedFigures.NATIONAL_INVESTMENT_AZN, n.at("/investment/totalAzn"));
        assertMoney(PublishedFigures.NATIONAL_INVESTMENT_USD, n.at("/investment/totalUsd"));
        assertEquals(PublishedFigures.NATIONAL_JOBS_CREATED, n.at("/investment/jobsCreated").asLong());
        assertMoney(PublishedFigures.NATIONAL_PRODUCTION_AZN, n.at("/production/totalAzn"));
        assertMoney(PublishedFigures.NATIONAL_PRODUCTION_USD, n.at("/production/totalUsd"));
        assertEquals(PublishedFigures.NATIONAL_EXPORT_DESTINATIONS, n.at("/exports/destinationCountries").asLong());
        assertTrue(firstRun.output().contains("8,100,000,000.00"), firstRun.output());
    }

    @Test
    void sumgayitChemicalIndustrialPark() throws Exception {
        JsonNode z = get(reports + "/zones/" + PublishedFigures.SCIP + "?from=" + PublishedFigures.SINCE + "&to="
                + PublishedFigures.CUT_OFF);
        assertMoney(PublishedFigures.SCIP_INVESTMENT_AZN, z.at("/investment/totalAzn"));
        assertMoney(PublishedFigures.SCIP_PRODUCTION_AZN, z.at("/production/totalAzn"));
        assertMoney(PublishedFigures.SCIP_EXPORTS_AZN, z.at("/exports/totalAzn"));
        assertMoney(PublishedFigures.SCIP_EXPORT_SHARE, z.get("exportShare"));

        JsonNode report = get(reports + "/companies?zoneId=" + PublishedFigures.SCIP + "&to=" + PublishedFigures.CUT_OFF);
        assertEquals(PublishedFigures.SCIP_COMPANIES, report.get("count").asInt(), report.toString());
        Set<String> named = new HashSet<>();
        report.get("companies").forEach(c -> named.add(fold(c.get("name").asText())));
        assertEquals(PublishedFigures.SCIP_COMPANIES, named.size());
        assertTrue(firstRun.output().contains("Sumgayit CIP   40 companies"), firstRun.output());

        // independently, from the write services' lists: the investors, producers and exporters
        Set<String> companies = new HashSet<>();
        collect(companies, "INVESTMENT_PORT", "/api/investments", "investor");
        collect(companies, "PRODUCTION_PORT", "/api/production", "producer");
        collect(companies, "EXPORT_PORT", "/api/exports", "exporter");
        assertEquals(named, companies, "the companies report names the companies of the lists");
    }

    private static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void sumgayitFirstQuarterGrowth() throws Exception {
        assertMoney(PublishedFigures.SCIP_Q1_2025_PRODUCTION_GROWTH, period(get(reports
                + "/timeseries?metric=production&granularity=quarter&zoneId=" + PublishedFigures.SCIP), "2025-Q1").get("growth"));
        assertMoney(PublishedFigures.SCIP_Q1_2025_EXPORTS_GROWTH, period(get(reports
                + "/timeseries?metric=exports&granularity=quarter&zoneId=" + PublishedFigures.SCIP), "2025-Q1").get("growth"));
    }

    @Test
    void automotiveProduction() throws Exception {
        JsonNode years = get(reports + "/timeseries?metric=production&granularity=year&sector=AUTOMOTIVE");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode p : years) {
            int year = Integer.parseInt(p.get("period").asText());
            if (year >= 2018 && year <= 2024) {
                total = total.add(p.get("totalAzn").decimalValue());
            }
        }
        assertEquals(0, PublishedFigures.AUTOMOTIVE_2018_2024_AZN.compareTo(total), total.toPlainString());
        assertMoney(PublishedFigures.AUTOMOTIVE_2024_GROWTH, period(years, "2024").get("growth"));

        assertSite(PublishedFigures.GANJA, PublishedFigures.GANJA_2024_VEHICLES, PublishedFigures.GANJA_2024_UNIT,
                PublishedFigures.GANJA_2024_AZN);
        assertSite(PublishedFigures.NEFTCHALA, PublishedFigures.NEFTCHALA_2024_CARS, PublishedFigures.NEFTCHALA_2024_UNIT,
                PublishedFigures.NEFTCHALA_2024_AZN);
    }

    @Test
    void namedInvestments() throws Exception {
        JsonNode byd = investmentOf(PublishedFigures.BYD_INVESTOR, PublishedFigures.SCIP);
        assertMoney(PublishedFigures.BYD_AZN, byd.get("amountAzn"));
        JsonNode jv = investmentOf(PublishedFigures.GANJA_JV_INVESTOR, PublishedFigures.GANJA);
        assertMoney(PublishedFigures.GANJA_JV_AZN, jv.get("amountAzn"));
        assertEquals(PublishedFigures.GANJA_JV_JOBS, jv.get("jobsCreated").asInt());
        JsonNode iveco = investmentOf(PublishedFigures.AZ_TEX_INVESTOR, PublishedFigures.SCIP);
        assertEquals("2025-04-30", iveco.get("investedOn").asText());
        assertEquals(150, iveco.get("jobsCreated").asInt());
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        JsonNode before = get(reports + "/national");
        PlatformScript.Result again = platform.run("demo");
        assertEquals(0, again.exitCode(), again.output());
        JsonNode after = get(reports + "/national");
        for (String path : new String[] { "/investment/totalAzn", "/investment/count", "/investment/jobsCreated",
                "/production/totalAzn", "/production/count", "/exports/totalAzn", "/exports/count" }) {
            assertEquals(0, before.at(path).decimalValue().compareTo(after.at(path).decimalValue()), path);
        }
    }

    private void assertSite(String zone, BigDecimal quantity, String unit, BigDecimal azn) throws Exception {
        JsonNode product = null;
        for (JsonNode p : get(reports + "/products?zoneId=" + zone + "&from=2024-01-01&to=2024-12-31")) {
            if (unit.equals(p.get("unit").asText())) {
                assertTrue(product == null, zone + ": one product counted in " + unit);
                product = p;
            }
        }
        assertTrue(product != null, zone + ": no product counted in " + unit);
        assertEquals(0, quantity.compareTo(product.get("quantity").decimalValue()), zone + " " + product);
        assertMoney(azn, product.get("totalAzn"));
        String printed = String.format(java.util.Locale.ROOT, "%,d %s (%s) worth %,.2f AZN", quantity.toBigIntegerExact(),
                unit, product.get("product").asText(), azn);
        assertTrue(firstRun.output().contains("2024: " + printed), printed + " in " + firstRun.output());

        // independently, from the production list
        BigDecimal q = BigDecimal.ZERO;
        BigDecimal v = BigDecimal.ZERO;
        for (JsonNode r : list("PRODUCTION_PORT", "/api/production?zoneId=" + zone + "&from=2024-01-01&to=2024-12-31")) {
            if ("AUTOMOTIVE".equals(r.get("sector").asText()) && unit.equals(r.get("unit").asText())) {
                q = q.add(r.get("quantity").decimalValue());
                v = v.add(r.get("valueAzn").decimalValue());
            }
        }
        assertEquals(0, quantity.compareTo(q), zone + " quantity " + q);
        assertEquals(0, azn.compareTo(v), zone + " value " + v);
    }

    private JsonNode investmentOf(String investor, String zone) throws Exception {
        for (JsonNode r : list("INVESTMENT_PORT", "/api/investments?zoneId=" + zone)) {
            if (investor.equals(r.get("investor").asText())) {
                return r;
            }
        }
        throw new AssertionError("no investment by " + investor + " in " + zone);
    }

    private void collect(Set<String> into, String port, String path, String field) throws Exception {
        for (JsonNode r : list(port, path + "?zoneId=" + PublishedFigures.SCIP + "&from=" + PublishedFigures.SINCE + "&to="
                + PublishedFigures.CUT_OFF)) {
            if (!r.path("voided").asBoolean()) {
                into.add(fold(r.get(field).asText()));
            }
        }
    }

    /** Every element of a paged list (500 a page). */
    private java.util.List<JsonNode> list(String port, String pathAndQuery) throws Exception {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        String sep = pathAndQuery.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode items = get("http://127.0.0.1:" + platform.port(port) + pathAndQuery + sep + "size=500&page=" + page);
            items.forEach(all::add);
            if (items.size() < 500) {
                return all;
            }
        }
    }

    private static JsonNode period(JsonNode series, String label) {
        for (JsonNode p : series) {
            if (label.equals(p.get("period").asText())) {
                return p;
            }
        }
        throw new AssertionError("no period " + label + " in " + series);
    }

    private static void assertMoney(BigDecimal expected, JsonNode actual) {
        assertTrue(actual != null && actual.isNumber(), "expected a number " + expected + " but was " + actual);
        assertEquals(0, expected.compareTo(actual.decimalValue()), "expected " + expected + " but was " + actual);
    }

    private static JsonNode get(String url) throws Exception {
        Http.Response r = Http.get(url, manager);
        assertEquals(200, r.status(), url + ": " + r.raw());
        return r.body();
    }
}
