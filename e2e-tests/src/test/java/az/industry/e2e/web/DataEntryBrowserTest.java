package az.industry.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.e2e.Http;

/**
 * Data entry in the web app, in a real headless Chromium, as an operator of one zone: the form records production that
 * shows in "my records" and the national report; a bad value shows the server's message beside its field and stores
 * nothing; a double click records once; a CSV with a bad third line names it and stores nothing, the corrected file
 * stores every row; the zone picker holds only the operator's zone and a forged request for another is refused; a void
 * shows in the list and the totals drop; no serious accessibility violation. Skipped without Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataEntryBrowserTest extends WebAppBrowserTest {

    static final String GANJA = "ganja-industrial-park";
    static final String SCIP = "sumgayit-chemical-industrial-park";

    static String operator;
    static String manager;

    @BeforeAll
    static void up() throws Exception {
        if (startPlatform("DataEntryBrowserTest")) {
            operator = platform.token("operator", GANJA);
            manager = platform.token("manager");
        }
    }

    static void openAsOperator(String query) {
        openWithToken(operator, query);
    }

    static JsonNode national() throws Exception {
        return Http.get(web + "/api/reports/national", manager).body();
    }

    static int productionCount() throws Exception {
        return Http.get(web + "/api/production?zoneId=" + GANJA + "&size=500", operator).body().size();
    }

    static void fill(String field, String value) {
        WebElement input = browser.byId("f-" + field);
        if (input.getTagName().equals("select")) {
            new Select(input).selectByValue(value);
        } else if ("date".equals(input.getAttribute("type"))) {
            browser.js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                    + " e.dispatchEvent(new Event('input', { bubbles: true }));", "f-" + field, value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    static void fillProduction(String producer, String quantity, String value) {
        fill("producer", producer);
        fill("sector", "AUTOMOTIVE");
        fill("product", "Light trucks");
        fill("quantity", quantity);
        fill("unit", "vehicles");
        fill("value", value);
        fill("currency", "AZN");
        fill("producedOn", "2024-06-30");
    }

    @Test
    @Order(1)
    void anOperatorRecordsProductionThatShowsInMyRecordsAndTheNationalReport() throws Exception {
        openAsOperator("?lang=en");
        browser.awaitText("form-title", "Record a production report");
        @SuppressWarnings("unchecked")
        List<String> zones = (List<String>) browser.js("return [...document.querySelectorAll('#f-zoneId option')].map(o => o.value);");
        assertEquals(List.of(GANJA), zones, "the zone picker holds only the operator's zones");
        long before = national().at("/production/count").asLong();
        fillProduction("Ganja Automobile Plant", "12", "345678.90");
        browser.awaitText("azn-preview", "= 345,678.90 AZN");
        browser.byId("submit").click();
        browser.await("the recorded message", () -> browser.text("form-status"), t -> t != null && t.startsWith("Recorded:"));
        String id = (String) browser.js("return document.getElementById('form-result').dataset.id;");
        browser.await("the national report to count it", () -> {
            try {
                return national().at("/production/count").asLong();
            } catch (Exception e) {
                return -1L;
            }
        }, n -> n == before + 1);
        browser.screenshot("entry-form-1400");
        assertEquals(List.of(), browser.seriousAccessibilityViolationsOrSkip(), "the form");

        browser.byId("nav-records").click();
        browser.await("my records to list it", () -> (Boolean) browser.js(
                "return !!document.querySelector('#records-table tr[data-id=\"' + arguments[0] + '\"]');", id), Boolean.TRUE::equals);
        String row = (String) browser.js("return document.querySelector('#records-table tr[data-id=\"' + arguments[0] + '\"]').textContent;", id);
        assertTrue(row.contains("Ganja Automobile Plant") && row.contains("345,678.90") && row.contains("operator@e2e"), row);
        assertEquals(List.of(), browser.seriousAccessibilityViolationsOrSkip(), "my records");
    }

    @Test
    @Order(2)
    void aBadValueShowsTheServersMessageBesideItsFieldAndStoresNothing() throws Exception {
        openAsOperator("?lang=en&view=record&kind=production");
        browser.awaitText("form-title", "Record a production report");
        int count = productionCount();
        long events = national().get("eventsApplied").asLong();
        fillProduction("Ganja Automobile Plant", "-5", "100.00");
        browser.byId("submit").click();
        browser.awaitText("e-quantity", "Must be greater than 0.");
        assertEquals("true", browser.byId("f-quantity").getAttribute("aria-invalid"));
        assertTrue(browser.text("form-alert").startsWith("Nothing was stored."), browser.text("form-alert"));
        assertEquals(count, productionCount(), "nothing stored");
        assertEquals(events, national().get("eventsApplied").asLong(), "no event");
        // the same in Azerbaijani
        new Select(browser.byId("lang")).selectByValue("az");
        browser.awaitText("form-title", "Qeyd: İstehsal hesabatı");
        browser.byId("submit").click();
        browser.awaitText("e-quantity", "0-dan böyük olmalıdır.");
        new Select(browser.byId("lang")).selectByValue("en");
    }

    @Test
    @Order(3)
    void aDoubleClickRecordsOnce() throws Exception {
        openAsOperator("?lang=en&view=record&kind=production");
        browser.awaitText("form-title", "Record a production report");
        int count = productionCount();
        fillProduction("Double Click LLC", "1", "10.00");
        new org.openqa.selenium.interactions.Actions(browser.driver).doubleClick(browser.byId("submit")).perform();
        browser.await("the recorded message", () -> browser.text("form-status"),
                t -> t != null && (t.startsWith("Recorded:") || t.startsWith("Already recorded")));
        // and a retry of the same submission (a click after an answer that never arrived) replays it
        browser.byId("submit").click();
        browser.await("the replayed message", () -> browser.text("form-status"), t -> t != null && t.startsWith("Already recorded"));
        assertEquals(count + 1, productionCount(), "one record for a double click and a retry");
        // a changed form is a new record
        fill("quantity", "2");
        browser.byId("submit").click();
        browser.await("the new record", () -> browser.text("form-status"), t -> t != null && t.startsWith("Recorded:"));
        assertEquals(count + 2, productionCount());
    }

    @Test
    @Order(4)
    void aCsvWithABadThirdLineStoresNothingAndTheCorrectedFileStoresEveryRow() throws Exception {
        openAsOperator("?lang=en&view=upload&kind=production");
        browser.await("the upload view", () -> (Boolean) browser.js("return !!document.getElementById('upload-file');"), Boolean.TRUE::equals);
        String header = "zoneId,producer,sector,product,quantity,unit,value,currency,producedOn\r\n";
        String good = GANJA + ",CSV Works,METALLURGY,Steel,5,t,1000.00,AZN,2024-05-01\r\n";
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, header + good + GANJA + ",CSV Works,METALLURGY,Steel,5,t,-1,AZN,2024-05-02\r\n" + good);
        int count = productionCount();
        browser.byId("upload-file").sendKeys(bad.toString());
        browser.await("the preview", () -> browser.text("upload-count"), t -> t != null && t.startsWith("3 rows"));
        browser.byId("upload-check").click();
        browser.await("the line's problem", () -> browser.text("upload-errors"), t -> t != null && t.contains("line 3: value"));
        assertEquals(count, productionCount(), "nothing stored");
        assertEquals(List.of(), browser.seriousAccessibilityViolationsOrSkip(), "upload with errors");
        browser.screenshot("entry-upload-errors-1400");

        Path fixed = Files.createTempFile("fixed", ".csv");
        Files.writeString(fixed, header + good + good.replace("2024-05-01", "2024-05-02") + good.replace("2024-05-01", "2024-05-03"));
        browser.byId("upload-file").sendKeys(fixed.toString());
        browser.byId("upload-check").click();
        browser.awaitText("upload-valid", "All 3 rows are valid. Nothing is stored until you store them.");
        assertEquals(count, productionCount(), "a check stores nothing");
        browser.byId("upload-store").click();
        browser.awaitText("upload-stored", "3 records stored.");
        assertEquals(count + 3, productionCount());
    }

    @Test
    @Order(5)
    void aForgedRequestForAnotherZoneIsRefusedAndStoresNothing() throws Exception {
        openAsOperator("?lang=en&view=record&kind=production");
        browser.awaitText("form-title", "Record a production report");
        long count = national().at("/production/count").asLong();
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/production', { method: 'POST', headers: { 'Content-Type': 'application/json',"
                        + " Authorization: 'Bearer ' + sessionStorage.getItem('industry.token') }, body: JSON.stringify({"
                        + " zoneId: '" + SCIP + "', producer: 'Forger', sector: 'OTHER', product: 'x', quantity: 1, unit: 't',"
                        + " value: 1, currency: 'AZN', producedOn: '2024-01-01' }) }).then(r => done(r.status));");
        assertEquals(403L, ((Number) status).longValue());
        assertEquals(0, Http.get(web + "/api/production?zoneId=" + SCIP, manager).body().size(), "nothing stored for SCIP");
        assertEquals(count, national().at("/production/count").asLong());
    }

    @Test
    @Order(6)
    void aVoidShowsInTheListAndTheTotalsDrop() throws Exception {
        openAsOperator("?lang=en&view=records&kind=production");
        browser.await("my records", () -> (Number) browser.js("return document.querySelectorAll('#records-table tbody tr').length;"),
                n -> n != null && n.intValue() > 0);
        JsonNode before = national();
        String id = (String) browser.js("return document.querySelector('#records-table tbody tr:not(.voided)').dataset.id;");
        JsonNode record = Http.get(web + "/api/production/" + id, operator).body();
        browser.driver.findElement(By.cssSelector("#records-table tr[data-id='" + id + "'] button.void")).click();
        browser.byId("void-reason").sendKeys("entered twice");
        browser.byId("void-confirm").click();
        browser.awaitText("void-done", "The record was voided.");
        browser.await("the row to show the void", () -> (String) browser.js(
                "const r = document.querySelector('#records-table tr[data-id=\"' + arguments[0] + '\"]'); return r ? r.textContent : null;", id),
                t -> t != null && t.contains("Voided by operator@e2e") && t.contains("entered twice"));
        BigDecimal expected = before.at("/production/totalAzn").decimalValue().subtract(record.get("valueAzn").decimalValue());
        browser.await("the totals to drop", () -> {
            try {
                return national().at("/production/totalAzn").decimalValue();
            } catch (Exception e) {
                return null;
            }
        }, v -> v != null && v.compareTo(expected) == 0);
        browser.screenshot("entry-records-1400");
        // a second void, forged from the page, is 409 and shown plainly
        browser.driver.findElement(By.cssSelector("#records-table tr[data-id='" + id + "'] button.void")).click();
        browser.byId("void-reason").sendKeys("again");
        browser.byId("void-confirm").click();
        browser.awaitText("void-message", "This record was already voided; nothing changed.");
        browser.byId("void-cancel").click();
        browser.resize(375, 800);
        browser.assertNoHorizontalScroll();
        browser.screenshot("entry-records-375");
    }
}
