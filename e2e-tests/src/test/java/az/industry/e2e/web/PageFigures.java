package az.industry.e2e.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The web app's page read in a real headless Chromium by tests outside this package (ComposeStackTest): the
 * investment tile's figure, found by one deliberately loose selector kept here alone, because the page's structure
 * (tile ids, {@code #tiles}) is being reworked.
 */
public final class PageFigures {

    /**
     * The investment tile: today {@code #figure-investment}; also a {@code data-figure} / {@code data-metric} of
     * {@code investment}, or any element whose id names investment, whose whole text is an AZN amount.
     */
    static final String INVESTMENT_TILE = "const found = [...document.querySelectorAll('#figure-investment, [data-figure=\"investment\"],"
            + " [data-metric=\"investment\"], [id*=\"investment\"]')].map(e => e.textContent.trim())"
            + ".find(t => /^[0-9][0-9,.\\u00a0\\u202f ]* AZN$/.test(t)); return found === undefined ? null : found;";

    private PageFigures() {
    }

    /** Why no browser can run here, or null. */
    public static String whyNoBrowser() {
        return Browser.missing();
    }

    /** How the page writes an AZN total in English, e.g. "1,000,000.10 AZN" (computed in Java from the exact value). */
    public static String azn(BigDecimal total) {
        return Figures.english().money(total) + " AZN";
    }

    /**
     * Opens {@code webApp} (e.g. http://127.0.0.1:8080) signed in with {@code token} as a ./platform link does, over
     * all time in English, and waits until the investment tile shows {@code expected}; returns what it shows then (or
     * last, when it never did), for the caller to compare.
     */
    public static String investmentTile(String webApp, String token, String expected) throws IOException {
        try (Browser browser = new Browser()) {
            browser.open(webApp + "/?period=all&lang=en#token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            String[] last = new String[1];
            try {
                browser.await("the investment tile to show " + expected, () -> {
                    last[0] = (String) browser.js(INVESTMENT_TILE);
                    return last[0];
                }, expected::equals);
            } catch (AssertionError timedOut) {
                return last[0];
            }
            return last[0];
        }
    }
}
