package az.industry.e2e.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium, with what
 * the web app's tests need around it: waiting for text, reading elements' text, downloads into a folder of the
 * test's own, axe-core injected for accessibility checks, screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** axe-core from npm ({@code e2e-tests/browser/package.json}, installed by {@code npm ci} there). */
    static final Path AXE = Path.of("browser/node_modules/axe-core/axe.min.js");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final WebDriver driver;
    final Path downloads;
    private final Path profile;

    /** Why no browser can run here, or null. */
    static String missing() {
        return !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing (apt-get install chromium chromium-driver)"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is missing (apt-get install chromium-driver)"
                : null;
    }

    /** Why axe-core cannot be injected, or null. */
    static String axeMissing() {
        return Files.isRegularFile(AXE) ? null : AXE.toAbsolutePath() + " is missing (npm ci --prefix e2e-tests/browser)";
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("web-chromium");
        downloads = Files.createTempDirectory("web-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        // the installed driver, named explicitly, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The element's text as a person reads it (textContent, so also inside closed details). */
    String text(String id) {
        return (String) js("const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null;", id);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until {@code check} holds, failing with {@code what} and the last value seen. */
    <T> void await(String what, Supplier<T> value, java.util.function.Predicate<T> check) {
        List<T> last = new ArrayList<>(1);
        last.add(null);
        try {
            new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(d -> {
                T v = value.get();
                last.set(0, v);
                return check.test(v);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; last seen: " + last.get(0), e);
        }
    }

    /** Waits until the element {@code id} has exactly {@code expected} as its text. */
    void awaitText(String id, String expected) {
        await("#" + id + " = " + expected, () -> text(id), expected::equals);
    }

    /** Waits until the page shows no pending reload (the view is not busy and the tiles are drawn). */
    void awaitSettled() {
        await("the view to settle", () -> js("const v = document.getElementById('view');"
                + " return !!v && !v.hasAttribute('aria-busy') && !!document.getElementById('tiles');"), Boolean.TRUE::equals);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Writes a full-page screenshot to {@code target/screenshots/<name>.png} and returns its path. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Number height = (Number) js("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        Dimension size = driver.manage().window().getSize();
        resize(size.getWidth(), Math.min(6000, height.intValue() + 120));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        resize(size.getWidth(), size.getHeight());
        return file;
    }

    /** Runs axe-core on the page; returns the serious and critical violations, one line each. */
    List<String> seriousAccessibilityViolations() throws IOException {
        if (js("return typeof window.axe;").equals("undefined")) {
            js(Files.readString(AXE));
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = new ArrayList<>();
        for (Object o : (List<?>) result) {
            violations.add(String.valueOf(o));
        }
        return violations;
    }

    /** As {@link #seriousAccessibilityViolations()}, or nothing (with a note) where axe-core is not installed. */
    List<String> seriousAccessibilityViolationsOrSkip() throws IOException {
        if (axeMissing() != null) {
            System.err.println("accessibility check skipped: " + axeMissing());
            return List.of();
        }
        return seriousAccessibilityViolations();
    }

    /** Waits for a finished download whose name starts with {@code prefix}; returns its content. */
    String awaitDownload(String prefix) {
        List<Path> found = new ArrayList<>(1);
        await("a download " + prefix + "* in " + downloads, () -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, f -> {
            if (f != null) {
                found.add(f);
            }
            return f != null;
        });
        try {
            String content = Files.readString(found.get(0));
            Files.delete(found.get(0));
            return content;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    void assertNoHorizontalScroll() {
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
