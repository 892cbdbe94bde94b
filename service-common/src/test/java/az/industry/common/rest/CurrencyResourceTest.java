package az.industry.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import az.industry.common.rest.CurrencyResource.Currency;
import az.industry.contracts.money.CurrencyRates;

/** The currency list: AZN and USD first, then the configured rates by code, each exact with at least 2 decimals. */
class CurrencyResourceTest {

    @Test
    void aznAndUsdComeFirstThenTheConfiguredOnesByCodeAsConfigured() {
        List<Currency> all = CurrencyResource.of(CurrencyRates.withExtras(Map.of("try", new BigDecimal("0.0431"),
                "EUR", new BigDecimal("1.9035"), "GBP", new BigDecimal("2.2"))));
        assertEquals(List.of("AZN 1.00", "USD 1.70", "EUR 1.9035", "GBP 2.20", "TRY 0.0431"),
                all.stream().map(c -> c.code() + " " + c.aznPerUnit().toPlainString()).toList());
    }

    @Test
    void withoutConfiguredRatesOnlyAznAndUsd() {
        assertEquals(List.of(new Currency("AZN", new BigDecimal("1.00")), new Currency("USD", new BigDecimal("1.70"))),
                CurrencyResource.of(CurrencyRates.defaults()));
    }
}
