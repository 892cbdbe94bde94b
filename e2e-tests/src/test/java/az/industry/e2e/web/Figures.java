package az.industry.e2e.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the web app writes figures, computed independently in Java from the API's exact JSON: money with 2
 * decimals and the language's separators, counts grouped, ratios as percentages.
 */
final class Figures {

    private final DecimalFormatSymbols symbols;

    private Figures(Locale locale) {
        symbols = DecimalFormatSymbols.getInstance(locale);
    }

    static Figures english() {
        return new Figures(Locale.UK);
    }

    static Figures azerbaijani() {
        return new Figures(Locale.forLanguageTag("az-Latn-AZ"));
    }

    String money(JsonNode value) {
        return money(value.decimalValue());
    }

    String money(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
        f.setParseBigDecimal(true);
        return f.format(value.setScale(Math.max(2, value.scale())));
    }

    /** A quantity with its own decimals, grouped ("1,160,199.6"): the page never pads or rounds a quantity. */
    String quantity(JsonNode value) {
        BigDecimal v = value.decimalValue();
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        return f.format(v);
    }

    String count(JsonNode value) {
        return new DecimalFormat("#,##0", symbols).format(value.decimalValue().toBigIntegerExact());
    }

    /** A 4-decimal ratio as the page shows it: "35.00 %" (no rounding: the ratio has 4 decimals). */
    String percent(JsonNode value) {
        return money(value.decimalValue().movePointRight(2)) + "\u00a0%";
    }

    /** A growth ratio: "+14.20 %", "−3.00 %" or a dash. */
    String growth(JsonNode value) {
        if (value == null || value.isNull()) {
            return "–";
        }
        BigDecimal v = value.decimalValue();
        return (v.signum() < 0 ? "−" : "+") + money(v.abs().movePointRight(2)) + "\u00a0%";
    }
}
