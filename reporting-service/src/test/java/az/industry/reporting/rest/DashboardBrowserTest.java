package az.industry.reporting.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.reporting.EventWriter;
import az.industry.reporting.ExactJson;
import az.industry.reporting.Records;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.zone.Sector;
import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The managers' dashboard ({@code META-INF/resources/index.html}) in a real headless Chromium driven by Selenium:
 * signing in with a pasted token or a {@code #token=} link, the national figures and the zone table equal to the
 * report API (formatted as the page formats them), a live update over the SSE feed without a reload, and a
 * rejected token back to the sign-in form. Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing
 * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them). Its records are dated 2015,
 * which no other test uses (nor 2014 or 2016, the years growth compares with).
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String ZONE = "pirallahi-industrial-park";
    static final LocalDate DAY = LocalDate.of(2015, 7, 15);
    /** The national figure cards and the status line, by element id. */
    static final List<String> FIGURES = List.of("inv", "invSub", "jobs", "prod", "prodSub", "exp", "expSub", "share",
            "countries", "status");

    static final Map<String, String> ZONE_NAMES = new HashMap<>();

    static WebDriver browser;
    static Path profile;
    /** Why there is no browser, or null. */
    static String missing;

    @TestHTTPResource("/")
    URI root;

    @jakarta.inject.Inject
    az.industry.reporting.live.LiveTotals live;

    @BeforeAll
    static void startBrowser() throws IOException {
        // each test is skipped with this message (a class skipped in @BeforeAll shows no reason in Surefire's report)
        missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing (apt-get install chromium chromium-driver)"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is missing (apt-get install chromium-driver)"
                : null;
        if (missing != null) {
            System.err.println("DashboardBrowserTest skipped: " + missing);
            return;
        }
        Auth.as(Tokens.manager());
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        // the installed driver, named explicitly, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** sessionStorage belongs to a tab: a new one starts signed out, and closing the old one ends its live feed. */
    @BeforeEach
    void freshTab() {
        assumeTrue(missing == null, () -> "no browser to drive: " + missing);
        String old = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(old).close();
        browser.switchTo().window(fresh);
    }

    @Test
    void withoutATokenItAsksForOneAndAPastedManagerTokenShowsTheReportFigures() {
        browser.get(root.toString());
        awaitSignInForm();
        assertFalse(visible("dashboard"), "no dashboard without a token");
        assertNoFigures();

        browser.findElement(By.id("token")).sendKeys(Tokens.manager());
        browser.findElement(By.id("save")).click();

        awaitDashboard();
        assertFalse(visible("login"), "the sign-in form is gone once signed in");
        awaitPageShowsTheApi();
    }

    @Test
    void anInvestmentPublishedWhileThePageIsOpenShowsUpLiveWithoutAReload() throws Exception {
        signInByPasting(Tokens.manager());
        awaitPageShowsTheApi();
        JsonNode national = ExactJson.get("/api/reports/national");
        JsonNode zone = ExactJson.get("/api/reports/zones/" + ZONE);
        BigDecimal total = national.at("/investment/totalAzn").decimalValue();
        List<String> zoneRow = zoneRow(zone);
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");

        // 15 digits before the point, the most the write API accepts: more than a JavaScript number holds exactly
        BigDecimal amount = new BigDecimal("987654321098765.43");
        InvestmentRecord record = Records.investment(ZONE, Sector.ENERGY, amount.toPlainString(), "AZN", DAY, 321);
        List<String> changedRow = new ArrayList<>(zoneRow);
        changedRow.set(1, money(zone.at("/investment/totalAzn").decimalValue().add(amount)));
        changedRow.set(2, String.valueOf(zone.at("/investment/jobsCreated").longValue() + 321));
        try (EventWriter events = new EventWriter()) {
            events.publish(record, false);
            await("the new total and zone row on the open page").atMost(PATIENCE).untilAsserted(() -> {
                assertEquals(money(total.add(amount)) + " AZN", figures().get("inv"), "national investment");
                assertEquals(changedRow, shownZoneRows().get(zoneRow.get(0)), "the " + ZONE + " row");
            });
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded"),
                    "updated in place, not by reloading the page");
            awaitPageShowsTheApi();

            events.publish(Records.voided(record), true);
            await("the void on the open page").atMost(PATIENCE).untilAsserted(() -> {
                assertEquals(money(total) + " AZN", figures().get("inv"), "national investment");
                assertEquals(zoneRow, shownZoneRows().get(zoneRow.get(0)), "the " + ZONE + " row");
            });
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded"),
                    "updated in place, not by reloading the page");
            awaitPageShowsTheApi();
        }
    }

    @Test
    void aDroppedFeedIsReconnectedEvenThroughNetworkErrorsAndStaysLive() throws Exception {
        signInByPasting(Tokens.manager());
        awaitPageShowsTheApi();
        // the next two attempts to reach the live feed fail as a network error would; the third goes through
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;"
                + "const realFetch = window.fetch; window.failures = 2;"
                + "window.fetch = (url, options) => String(url).includes('/api/reports/stream') && window.failures-- > 0"
                + "  ? Promise.reject(new TypeError('network down')) : realFetch(url, options);");
        live.disconnectAll(); // every stream ends, as when the service restarts; no subscriber is left
        await("the page reconnects to the live feed").atMost(PATIENCE).until(() -> live.subscribers() > 0);
        assertEquals(-1L, ((JavascriptExecutor) browser).executeScript("return window.failures"),
                "both failing attempts were made before the one that went through");

        InvestmentRecord record = Records.investment(ZONE, Sector.ENERGY, "4321.00", "AZN", DAY, 4);
        BigDecimal total = ExactJson.get("/api/reports/national").at("/investment/totalAzn").decimalValue();
        try (EventWriter events = new EventWriter()) {
            events.publish(record, false);
            await("a live update after the reconnect").atMost(PATIENCE).untilAsserted(() ->
                    assertEquals(money(total.add(new BigDecimal("4321.00"))) + " AZN", figures().get("inv")));
            events.publish(Records.voided(record), true);
            await("the void after the reconnect").atMost(PATIENCE).untilAsserted(() ->
                    assertEquals(money(total) + " AZN", figures().get("inv")));
        }
        assertTrue(String.valueOf(figures().get("status")).contains("live"), "status: " + figures().get("status"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded"));
    }

    @Test
    void aTokenLinkSignsInAndTheTokenLeavesTheAddressBar() {
        String token = Tokens.manager();
        browser.get(root + "#token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        awaitDashboard();
        awaitPageShowsTheApi();
        assertEquals(root.toString(), browser.getCurrentUrl(), "the token is gone from the address bar");
        assertEquals(token, storedToken(), "kept for this tab");
    }

    @Test
    void aTokenLinkOpenedOnTheSignInFormSignsInToo() {
        browser.get(root.toString());
        awaitSignInForm();
        // same page, another fragment: the browser does not load the page again
        browser.get(root + "#token=" + Tokens.manager());
        awaitDashboard();
        awaitPageShowsTheApi();
        assertEquals(root.toString(), browser.getCurrentUrl(), "the token is gone from the address bar");
    }

    @Test
    void aRejectedTokenLeadsBackToTheSignInForm() {
        Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("expired", Tokens.expired("manager"));
        rejected.put("badly signed", Tokens.badSignature("manager"));
        rejected.put("not a JWT", "not-a-token");
        rejected.forEach((what, token) -> {
            browser.get(root.toString());
            awaitSignInForm();
            browser.findElement(By.id("token")).sendKeys(token);
            browser.findElement(By.id("save")).click();
            awaitSignedOut(what + " token pasted", 401);
        });
        browser.get(root.toString());
        awaitSignInForm();
        browser.findElement(By.id("token")).sendKeys(Tokens.forRole("operator", ZONE));
        browser.findElement(By.id("save")).click();
        awaitSignedOut("not a manager's token pasted", 403);

        browser.get("about:blank");
        browser.get(root + "#token=" + Tokens.expired("manager"));
        awaitSignedOut("expired token in a link", 401);
        assertEquals(root.toString(), browser.getCurrentUrl(), "the token is gone from the address bar");
    }

    private void signInByPasting(String token) {
        browser.get(root.toString());
        awaitSignInForm();
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("save")).click();
        awaitDashboard();
    }

    private void awaitSignInForm() {
        new WebDriverWait(browser, PATIENCE).withMessage("the sign-in form").until(d -> visible("login"));
    }

    private void awaitDashboard() {
        new WebDriverWait(browser, PATIENCE).withMessage("the dashboard").until(d -> visible("dashboard"));
    }

    /**
     * The live feed refused the token with {@code status} (so the page did try it), and the page dropped it and shows
     * the sign-in form again, never a figure.
     */
    private void awaitSignedOut(String what, long status) {
        await(what + ": back to the sign-in form").atMost(PATIENCE).untilAsserted(() -> {
            assertTrue(streamAnswers().contains(status), "the live feed answered " + status + "; saw " + streamAnswers());
            assertNull(storedToken(), "the token is dropped");
            assertTrue(visible("login"), "the sign-in form");
            assertFalse(visible("dashboard"), "no dashboard");
        });
        assertNoFigures();
    }

    private void assertNoFigures() {
        Map<String, Object> shown = figures();
        FIGURES.stream().filter(id -> !"status".equals(id))
                .forEach(id -> assertEquals("", shown.get(id), "no figure in #" + id + ": " + shown));
        assertEquals(Map.of(), shownZoneRows(), "no zone rows");
    }

    /** Waits until every national figure and every zone row equals what the API answers at that moment. */
    private void awaitPageShowsTheApi() {
        await("the page shows the API's figures").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    JsonNode national = ExactJson.get("/api/reports/national");
                    Map<String, Object> expected = expectedFigures(national);
                    Map<String, Object> shown = figures();
                    if (national.get("eventsApplied").longValue() == 0) {
                        // before any batch asOf is the time of each request, so only its place is compared
                        expected.computeIfPresent("status", (k, v) -> anyTime(v));
                        shown.computeIfPresent("status", (k, v) -> anyTime(v));
                    }
                    assertEquals(expected, shown, "national figures");
                    Map<String, List<String>> rows = new LinkedHashMap<>();
                    for (JsonNode z : ExactJson.get("/api/reports/zones")) {
                        List<String> row = zoneRow(z);
                        rows.put(row.get(0), row);
                    }
                    assertEquals(rows, shownZoneRows(), "zone rows");
                });
    }

    private static String anyTime(Object status) {
        return String.valueOf(status).replaceFirst("as of \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z,", "as of (a time),");
    }

    private boolean visible(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    /** The HTTP status of each request this page made to the live feed (Resource Timing). */
    @SuppressWarnings("unchecked")
    private List<Long> streamAnswers() {
        return (List<Long>) ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname === '/api/reports/stream').map(e => e.responseStatus);");
    }

    private String storedToken() {
        return (String) ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('industry.token')");
    }

    /** The text of each national figure, by element id (also of hidden elements). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> figures() {
        return new HashMap<>((Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const o = {}; for (const id of arguments[0]) o[id] = document.getElementById(id).textContent; return o;",
                FIGURES));
    }

    /** The cells of each row of the zone table, by zone name, in the page's order. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> shownZoneRows() {
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#zones tr')].map(tr => [...tr.cells].map(td => td.textContent));");
        Map<String, List<String>> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r.get(0), r));
        return byName;
    }

    /** What the page shows for {@code GET /api/reports/national}'s body. */
    static Map<String, Object> expectedFigures(JsonNode n) {
        Map<String, Object> f = new HashMap<>();
        f.put("inv", money(n.at("/investment/totalAzn").decimalValue()) + " AZN");
        f.put("invSub", money(n.at("/investment/totalUsd").decimalValue()) + " USD · " + n.at("/investment/count").asText()
                + " records");
        f.put("jobs", grouped(n.at("/investment/jobsCreated").decimalValue()));
        f.put("prod", money(n.at("/production/totalAzn").decimalValue()) + " AZN");
        f.put("prodSub", money(n.at("/production/totalUsd").decimalValue()) + " USD · " + n.at("/production/count").asText()
                + " reports");
        f.put("exp", money(n.at("/exports/totalAzn").decimalValue()) + " AZN");
        f.put("expSub", money(n.at("/exports/totalUsd").decimalValue()) + " USD · " + n.at("/exports/count").asText()
                + " shipments");
        f.put("share", percent(n.get("exportShare").decimalValue()));
        f.put("countries", n.at("/exports/destinationCountries").asText() + " destination countries");
        f.put("status", "● live as of " + n.get("asOf").asText() + ", " + n.get("eventsApplied").asText() + " events applied");
        return f;
    }

    /** What the zone table shows for one zone of {@code GET /api/reports/zones}, its name first. */
    static List<String> zoneRow(JsonNode z) {
        return List.of(zoneName(z.get("zoneId").asText()), money(z.at("/investment/totalAzn").decimalValue()),
                z.at("/investment/jobsCreated").asText(), money(z.at("/production/totalAzn").decimalValue()),
                money(z.at("/exports/totalAzn").decimalValue()), percent(z.get("exportShare").decimalValue()));
    }

    /** The zone's name as {@code GET /api/zones} gives it (the page shows names). */
    static String zoneName(String id) {
        if (ZONE_NAMES.isEmpty()) {
            ExactJson.get("/api/zones").forEach(z -> ZONE_NAMES.put(z.get("id").asText(), z.get("name").asText()));
        }
        String name = ZONE_NAMES.get(id);
        if (name == null) {
            throw new AssertionError("no zone " + id + " in /api/zones");
        }
        return name;
    }

    /** The page's {@code fmt}: en-US grouping, exactly two decimals, to the qəpik. */
    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    /** The page's jobs: en-US grouping, no decimals. */
    static String grouped(BigDecimal v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(v);
    }

    /** The page's {@code pct}: times 100, two decimals, " %". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
}
