package az.industry.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.demo.PublishedFigures;
import az.industry.e2e.Http;

/**
 * The managers' analytics in the web app (the contract's one address, {@code WEB_PORT}) in a real headless Chromium,
 * on a platform loaded with {@code ./platform demo}: the published figures on the tiles, every chart's data equal to
 * its API call, period / zone / currency / language switches, drill-down sums, CSV downloads equal to the API, a live
 * update without a reload, no serious accessibility violation (axe-core), screenshots at 1400 and 375 px. Skipped
 * when Chromium is missing ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsBrowserTest extends WebAppBrowserTest {

    static final String SCIP_NAME = "Sumgayit Chemical Industrial Park";
    static final String CUT = "to=" + PublishedFigures.CUT_OFF;

    static String manager;
    static String reports;
    static final Map<String, String> ZONE_NAMES = new HashMap<>();
    static final Figures EN = Figures.english();

    @BeforeAll
    static void upWithTheDemo() throws Exception {
        if (!startPlatform("AnalyticsBrowserTest", "demo")) {
            return;
        }
        manager = platform.token("manager");
        reports = "http://127.0.0.1:" + platform.port("REPORTING_PORT") + "/api/reports";
        for (JsonNode z : Http.get(web + "/api/zones").body()) {
            ZONE_NAMES.put(z.get("id").asText(), z.get("name").asText());
        }
    }

    /**
     * Opens the web app at {@code query} signed in as a manager, as the link of ./platform dashboard does; in English
     * unless the query names a language (a remembered one would apply otherwise).
     */
    static void openSignedIn(String query) {
        openWithToken(manager, query.contains("lang=") ? query : query.isEmpty() ? "?lang=en" : query + "&lang=en");
        browser.awaitSettled();
    }

    static JsonNode api(String pathAndQuery) throws Exception {
        Http.Response r = Http.get(reports + pathAndQuery, manager);
        assertEquals(200, r.status(), pathAndQuery + ": " + r.raw());
        return r.body();
    }

    // ---- the published figures ---------------------------------------------------------------------------------

    @Test
    @Order(1)
    void asPublishedTheTilesShowThePublishedFigures() throws Exception {
        openSignedIn("");
        assertEquals("8,100,000,000.00 AZN", browser.text("figure-investment"));
        assertEquals("10,700", browser.text("figure-jobs"));
        assertEquals("15,400,000,000.00 AZN", browser.text("figure-production"));
        assertEquals("70", browser.text("figure-destinations"));
        JsonNode n = api("/national?" + CUT);
        assertEquals(EN.money(n.at("/exports/totalAzn")) + " AZN", browser.text("figure-exports"));
        assertEquals(EN.percent(n.get("exportShare")), browser.text("figure-share"));
        assertEquals(EN.count(api("/companies?" + CUT).get("count")), browser.text("figure-companies"));
        assertTrue(browser.text("range").contains("31 March 2025"), browser.text("range"));
        browser.awaitText("live", "● Live");
        browser.screenshot("analytics-national-1400");
    }

    // ---- every chart is a view of one API call -----------------------------------------------------------------

    @Test
    @Order(2)
    void everyChartAndTableHoldsExactlyItsApiCall() throws Exception {
        openSignedIn("");
        JsonNode zones = api("/zones?" + CUT);
        assertCard("zones", zones, z -> ZONE_NAMES.get(z.get("zoneId").asText()), AnalyticsBrowserTest::blockCells,
                z -> List.of(z.at("/investment/totalAzn"), z.at("/production/totalAzn"), z.at("/exports/totalAzn")));
        JsonNode sectors = api("/sectors?" + CUT);
        assertCard("sectors", sectors, s -> sectorName(s.get("sector").asText()), AnalyticsBrowserTest::blockCells,
                s -> List.of(s.at("/investment/totalAzn"), s.at("/production/totalAzn"), s.at("/exports/totalAzn")));
        JsonNode series = api("/timeseries?metric=production&granularity=quarter&" + CUT);
        assertCard("series", series, p -> quarter(p.get("period").asText()),
                p -> List.of(EN.money(p.get("totalAzn")), EN.count(p.get("count")), EN.growth(p.get("growth"))),
                p -> List.of(p.get("totalAzn"), p.get("growth")));
        JsonNode destinations = top(api("/destinations?" + CUT));
        assertCard("destinations", destinations, d -> countryName(d.get("country").asText()),
                d -> List.of(EN.money(d.get("totalAzn")), EN.count(d.get("count"))), d -> List.of(d.get("totalAzn")));
        JsonNode companies = top(api("/companies?" + CUT).get("companies"));
        assertCard("companies", companies, c -> c.get("name").asText(), c -> List.of(EN.money(c.at("/investment/totalAzn")),
                EN.count(c.at("/investment/jobsCreated")), EN.money(c.at("/production/totalAzn")), EN.money(c.at("/exports/totalAzn"))),
                c -> List.of(c.at("/investment/totalAzn"), c.at("/production/totalAzn"), c.at("/exports/totalAzn")));
        JsonNode products = top(api("/products?" + CUT));
        assertCard("products", products, p -> p.get("product").asText(),
                p -> List.of(EN.quantity(p.get("quantity")), p.get("unit").asText(), EN.money(p.get("totalAzn")), EN.count(p.get("count"))),
                p -> List.of(p.get("totalAzn")));
    }

    private static List<String> blockCells(JsonNode b) {
        return List.of(EN.money(b.at("/investment/totalAzn")), EN.count(b.at("/investment/jobsCreated")),
                EN.money(b.at("/production/totalAzn")), EN.money(b.at("/exports/totalAzn")), EN.percent(b.get("exportShare")));
    }

    /**
     * The card's table has one row per element of {@code api} (keyed by its first cell) with exactly the expected
     * cells, and its chart draws, per series, the API's values in the table's order.
     */
    private static void assertCard(String id, JsonNode api, Function<JsonNode, String> key,
            Function<JsonNode, List<String>> cells, Function<JsonNode, List<JsonNode>> drawn) {
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) browser.js("return [...document.querySelectorAll('#table-' + arguments[0]"
                + " + ' tbody tr')].map(tr => [...tr.children].map(c => c.textContent.trim()));", id);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode element : api) {
            List<String> row = new ArrayList<>();
            row.add(key.apply(element));
            row.addAll(cells.apply(element));
            expected.put(row.get(0), row);
            byKey.put(row.get(0), element);
        }
        Map<String, List<String>> shown = new LinkedHashMap<>();
        rows.forEach(r -> shown.put(r.get(0), r));
        assertEquals(expected, shown, id + ": the table equals the API");
        @SuppressWarnings("unchecked")
        List<List<Number>> series = (List<List<Number>>) browser.js(
                "return window.industryCharts.get(arguments[0]).getOption().series.map(s => s.data);", id);
        List<String> order = new ArrayList<>(shown.keySet());
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < order.size(); i++) {
                JsonNode value = drawn.apply(byKey.get(order.get(i))).get(s);
                Number bar = series.get(s).get(i);
                if (value.isNull()) {
                    assertEquals(null, bar, id + " series " + s + " at " + order.get(i));
                } else {
                    assertEquals(value.decimalValue().doubleValue(), bar.doubleValue(), 0.0,
                            id + " series " + s + " at " + order.get(i));
                }
            }
        }
    }

    private static JsonNode top(JsonNode list) {
        com.fasterxml.jackson.databind.node.ArrayNode top = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Math.min(15, list.size()); i++) {
            top.add(list.get(i));
        }
        return top;
    }

    private static String sectorName(String sector) {
        return sector.charAt(0) + sector.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String countryName(String code) {
        return (String) browser.js("return new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(arguments[0]);", code);
    }

    private static String quarter(String period) {
        return "Q" + period.substring(6) + " " + period.substring(0, 4);
    }

    // ---- switching what is shown -------------------------------------------------------------------------------

    @Test
    @Order(3)
    void periodZoneCurrencyAndLanguageChangeWhatTheyMust() throws Exception {
        openSignedIn("");
        new Select(browser.byId("period")).selectByValue("year");
        browser.awaitSettled();
        new Select(browser.byId("year")).selectByValue("2024");
        JsonNode y2024 = api("/national?from=2024-01-01&to=2024-12-31");
        browser.awaitText("figure-production", EN.money(y2024.at("/production/totalAzn")) + " AZN");
        assertNotEquals("15,400,000,000.00 AZN", browser.text("figure-production"));
        assertTrue(browser.driver.getCurrentUrl().contains("period=year&year=2024"), browser.driver.getCurrentUrl());

        new Select(browser.byId("period")).selectByValue("quarter");
        new Select(browser.byId("quarter")).selectByValue("1");
        JsonNode q1 = api("/national?from=2024-01-01&to=2024-03-31");
        browser.awaitText("figure-investment", EN.money(q1.at("/investment/totalAzn")) + " AZN");

        // a zone, from a link in the zone table
        new Select(browser.byId("period")).selectByValue("published");
        browser.awaitText("figure-investment", "8,100,000,000.00 AZN");
        browser.js("document.querySelector('#card-zones details').open = true;");
        browser.driver.findElement(By.cssSelector("#table-zones a[data-zone='" + PublishedFigures.SCIP + "']")).click();
        browser.awaitText("view-title", SCIP_NAME);
        browser.awaitText("figure-investment", "6,000,000,000.00 AZN");
        assertEquals("14,000,000,000.00 AZN", browser.text("figure-production"));
        assertEquals("35.00\u00a0%", browser.text("figure-share"));
        JsonNode scipCompanies = api("/companies?zoneId=" + PublishedFigures.SCIP + "&" + CUT);
        assertEquals(EN.count(scipCompanies.get("count")), browser.text("figure-companies"));
        assertTrue(browser.driver.getCurrentUrl().contains("zone=" + PublishedFigures.SCIP), browser.driver.getCurrentUrl());
        browser.screenshot("analytics-zone-1400");

        // USD
        browser.byId("currency-usd").click();
        JsonNode scip = api("/zones/" + PublishedFigures.SCIP + "?" + CUT);
        browser.awaitText("figure-investment", EN.money(scip.at("/investment/totalUsd")) + " USD");
        assertEquals("3,529,411,764.71 USD", browser.text("figure-investment"));

        // the address holds the state: open it anew in a fresh load
        String bookmark = browser.driver.getCurrentUrl();
        browser.open("about:blank");
        browser.open(bookmark);
        browser.awaitSettled();
        browser.awaitText("figure-investment", "3,529,411,764.71 USD");
        assertEquals(SCIP_NAME, browser.text("view-title"));

        // Azerbaijani: words, number formats, and remembered for the next visit
        new Select(browser.byId("lang")).selectByValue("az");
        Figures az = Figures.azerbaijani();
        browser.awaitText("figure-investment", az.money(scip.at("/investment/totalUsd")) + " USD");
        assertEquals("az", browser.js("return document.documentElement.lang;"));
        assertTrue(browser.text("tile-investment").startsWith("İnvestisiya"), browser.text("tile-investment"));
        browser.open(web + "/");
        browser.awaitSettled();
        browser.awaitText("figure-investment", az.money(new BigDecimal("8100000000.00")) + " AZN");
        assertEquals("Ölkə üzrə yekunlar", browser.text("view-title"));
        browser.resize(375, 800);
        browser.awaitSettled();
        browser.assertNoHorizontalScroll();
        browser.screenshot("analytics-national-az-375");
        new Select(browser.byId("lang")).selectByValue("en");
        browser.awaitText("view-title", "National totals");
        browser.resize(1400, 1000);
    }

    // ---- drill-down and CSV ------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void aDrillDownListsTheRecordsBehindAFigureAndTheirSumEqualsIt() throws Exception {
        openSignedIn("");
        browser.byId("figure-investment").click();
        browser.await("the drill-down's sum", () -> (String) browser.js("const s = document.getElementById('drill-sum');"
                + " const d = document.getElementById('drill'); return s ? 'sum ' + s.dataset.azn"
                + " : 'open=' + d.open + ' ' + d.textContent.slice(0, 200) + ' url=' + location.href;"), v -> v.startsWith("sum "));
        JsonNode n = api("/national?" + CUT);
        assertEquals(0, new BigDecimal((String) browser.js("return document.getElementById('drill-sum').dataset.azn;"))
                .compareTo(n.at("/investment/totalAzn").decimalValue()));
        assertEquals(n.at("/investment/count").asText(), browser.js("return document.getElementById('drill-sum').dataset.count;"));
        assertTrue(browser.text("drill-summary").contains("equals the figure"), browser.text("drill-summary"));
        Number rows = (Number) browser.js("return document.querySelectorAll('#drill-table tbody tr').length;");
        assertEquals(25, rows.intValue());
        assertTrue(browser.text("drill-page").startsWith("Page 1 of "), browser.text("drill-page"));
        browser.screenshot("analytics-drill-1400");
        assertEquals(List.of(), browser.seriousAccessibilityViolationsOrSkip(), "drill-down dialog");
        browser.byId("drill-next").click();
        browser.awaitText("drill-page", "Page 2 of " + (n.at("/investment/count").asInt() + 24) / 25);

        // the records' CSV is the API's
        browser.byId("drill-csv").click();
        String csv = browser.awaitDownload("records-investment");
        Http.Response api = csvOf("/records?metric=investment&" + CUT + "&format=csv");
        assertEquals(api.raw(), csv);
        browser.byId("drill-close").click();

        // a destination's records, from its table row
        JsonNode italy = null;
        for (JsonNode d : api("/destinations?" + CUT)) {
            if (d.get("country").asText().equals("IT")) {
                italy = d;
            }
        }
        browser.js("document.querySelector('#card-destinations details').open = true;");
        browser.driver.findElement(By.xpath("//table[@id='table-destinations']//button[normalize-space()='Italy']")).click();
        browser.await("Italy's records", () -> (String) browser.js(
                "const s = document.getElementById('drill-sum'); return s && document.getElementById('drill-title').textContent.includes('Italy') ? s.dataset.azn : null;"),
                v -> v != null);
        assertEquals(0, new BigDecimal((String) browser.js("return document.getElementById('drill-sum').dataset.azn;"))
                .compareTo(italy.get("totalAzn").decimalValue()));
        browser.byId("drill-close").click();
    }

    @Test
    @Order(5)
    void everyCardsCsvDownloadIsTheApisCsv() throws Exception {
        openSignedIn("");
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("zones", "/zones?" + CUT + "&format=csv");
        calls.put("sectors", "/sectors?" + CUT + "&format=csv");
        calls.put("series", "/timeseries?" + CUT + "&metric=production&granularity=quarter&format=csv");
        calls.put("destinations", "/destinations?" + CUT + "&format=csv");
        calls.put("companies", "/companies?" + CUT + "&format=csv");
        calls.put("products", "/products?" + CUT + "&format=csv");
        Map<String, String> files = Map.of("series", "timeseries-production");
        for (Map.Entry<String, String> call : calls.entrySet()) {
            browser.byId("csv-" + call.getKey()).click();
            String downloaded = browser.awaitDownload(files.getOrDefault(call.getKey(), call.getKey()));
            Http.Response api = csvOf(call.getValue());
            assertEquals(200, api.status(), call.getValue());
            assertEquals(api.raw(), downloaded, call.getKey() + ": the download is the API's CSV");
            assertTrue(downloaded.lines().count() > 1, call.getKey() + " has rows: " + downloaded);
        }
    }

    private static Http.Response csvOf(String pathAndQuery) throws Exception {
        return Http.get(reports + pathAndQuery, manager);
    }

    // ---- live --------------------------------------------------------------------------------------------------

    @Test
    @Order(6)
    void aNewEventChangesATileWithoutAReload() throws Exception {
        openSignedIn("?period=all");
        browser.awaitText("live", "● Live");
        String before = browser.text("figure-investment");
        JsonNode all = api("/national");
        assertEquals(EN.money(all.at("/investment/totalAzn")) + " AZN", before);
        browser.js("window.sameDocument = 'still here';");
        String body = "{\"zoneId\":\"hajigabul-industrial-park\",\"investor\":\"Live Tile LLC\",\"sector\":\"OTHER\","
                + "\"amount\":1234.56,\"currency\":\"AZN\",\"investedOn\":\"2026-01-15\",\"jobsCreated\":3}";
        Http.Response created = Http.postJson("http://127.0.0.1:" + platform.port("INVESTMENT_PORT") + "/api/investments",
                body, platform.token("investment-officer"));
        assertEquals(201, created.status(), created.raw());
        BigDecimal after = all.at("/investment/totalAzn").decimalValue().add(new BigDecimal("1234.56"));
        browser.awaitText("figure-investment", EN.money(after) + " AZN");
        assertEquals("still here", browser.js("return window.sameDocument;"), "the tile changed without a reload");
        // and it goes again when voided
        String id = created.body().get("id").asText();
        Http.Response voided = Http.postJson("http://127.0.0.1:" + platform.port("INVESTMENT_PORT") + "/api/investments/"
                + id + "/void", "{\"reason\":\"test\"}", platform.token("investment-officer"));
        assertEquals(200, voided.status(), voided.raw());
        browser.awaitText("figure-investment", before);
    }

    // ---- accessibility and small screens -----------------------------------------------------------------------

    @Test
    @Order(7)
    void noSeriousAccessibilityViolationOnAnyPage() throws Exception {
        assumeTrue(Browser.axeMissing() == null, Browser.axeMissing());
        openSignedIn("");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "national page");
        openSignedIn("?zone=" + PublishedFigures.SCIP + "&lang=az&currency=USD");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "zone page, Azerbaijani, USD");
        openSignedIn("?period=year&year=2024");
        // after the load: opening a link sizes the window to 1400 px, so the phone's width is set last
        browser.resize(375, 800);
        browser.awaitSettled();
        assertEquals(375L, ((Number) browser.js("return window.innerWidth;")).longValue(), "the page is drawn at 375 px");
        browser.assertNoHorizontalScroll();
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "year page at 375 px");
        browser.screenshot("analytics-national-375");
        browser.resize(1400, 1000);
        browser.js("sessionStorage.clear();");
        browser.open(web + "/?lang=en");
        browser.awaitText("signin-title", "Sign in");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "sign-in page");
    }

    @Test
    @Order(8)
    void aRejectedTokenGoesBackToSignIn() throws Exception {
        browser.open(web + "/?lang=en#token=" + URLEncoder.encode("not-a-token", StandardCharsets.UTF_8));
        browser.await("the sign-in form with its message", () -> browser.js("const e = document.getElementById('signin-error');"
                + " return !e.hidden && !document.getElementById('signin').hidden ? e.textContent : 'error hidden=' + e.hidden"
                + " + ' signin hidden=' + document.getElementById('signin').hidden + ' ' + location.href;"),
                "That token was not accepted. Ask for a new link or token."::equals);
        assertTrue((Boolean) browser.js("return document.getElementById('analytics').hidden;"));
        browser.byId("token-input").sendKeys(manager);
        browser.byId("token-submit").click();
        browser.awaitSettled();
        assertEquals("8,100,000,000.00 AZN", browser.text("figure-investment"));
    }
}
