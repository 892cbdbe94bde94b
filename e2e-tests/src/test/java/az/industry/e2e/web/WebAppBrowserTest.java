package az.industry.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import az.industry.e2e.PlatformScript;

/**
 * What the web app's browser tests share: a platform started with {@code ./platform} on free ports (and any verbs
 * after {@code up}, such as {@code demo}), a headless Chromium, and opening the app signed in with a token link.
 * Each test is skipped, with the reason, when Chromium is missing.
 */
abstract class WebAppBrowserTest {

    static PlatformScript platform;
    static Browser browser;
    /** The web app's address, e.g. {@code http://localhost:8080}. */
    static String web;

    /** Runs {@code ./platform up} and then each of {@code verbs}, and starts the browser; false without Chromium. */
    static boolean startPlatform(String name, String... verbs) throws Exception {
        if (Browser.missing() != null) {
            System.err.println(name + " skipped: " + Browser.missing());
            return false;
        }
        platform = new PlatformScript(Files.createTempDirectory(name).resolve("data"));
        for (String verb : concat("up", verbs)) {
            PlatformScript.Result result = platform.run(verb);
            assertEquals(0, result.exitCode(), result.output());
        }
        web = "http://localhost:" + platform.port("WEB_PORT");
        browser = new Browser();
        return true;
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (platform != null) {
            platform.run("down");
            platform = null;
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(browser != null, "no browser: " + Browser.missing());
    }

    /** Opens the app at {@code query} signed in with {@code token}, as a ./platform link does, in a fresh load. */
    static void openWithToken(String token, String query) {
        browser.resize(1400, 1000);
        browser.open("about:blank"); // the same address with only a new #fragment would not reload
        browser.open(web + "/" + query + "#token=" + token);
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
