package az.industry.contracts.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import az.industry.contracts.money.CurrencyRates;
import az.industry.contracts.money.Money;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "2450000.00, 1.70, 4165000.00",
            "0.01, 1.70, 0.02",      // 0.017 -> 0.02
            "0.05, 1.70, 0.08",      // 0.085 -> 0.08 (half-even)
            "0.15, 1.70, 0.26",      // 0.255 -> 0.26 (half-even)
            "999999999999999.99, 1, 999999999999999.99"
    })
    void convertsToAznHalfEven(String amount, String rate, String expected) {
        assertEquals(new BigDecimal(expected), Money.toAzn(new BigDecimal(amount), new BigDecimal(rate)));
    }

    @ParameterizedTest
    @CsvSource({
            "8100000000.00, 4764705882.35",
            "1.70, 1.00",
            "0.85, 0.50",
            "0.01, 0.01",   // 0.00588 -> 0.01
            "0.00, 0.00"
    })
    void usdViewDividesByThePeg(String azn, String expectedUsd) {
        assertEquals(new BigDecimal(expectedUsd), Money.usdView(new BigDecimal(azn)));
    }

    @Test
    void ratioIsZeroWithoutDenominatorAndHalfEvenOtherwise() {
        assertEquals(new BigDecimal("0.0000"), Money.ratio(new BigDecimal("5"), BigDecimal.ZERO));
        assertEquals(new BigDecimal("0.3500"), Money.ratio(new BigDecimal("4.9"), new BigDecimal("14")));
        assertEquals(new BigDecimal("0.1420"), Money.ratio(new BigDecimal("142"), new BigDecimal("1000")));
    }

    @Test
    void ratesAlwaysAcceptAznAndUsdAndOnlyConfiguredExtras() {
        CurrencyRates rates = CurrencyRates.withExtras(Map.of("eur", new BigDecimal("1.9035")));
        assertEquals(BigDecimal.ONE, rates.aznPerUnit("AZN").orElseThrow());
        assertEquals(new BigDecimal("1.70"), rates.aznPerUnit("USD").orElseThrow());
        assertEquals(new BigDecimal("1.9035"), rates.aznPerUnit("EUR").orElseThrow());
        assertEquals(false, rates.aznPerUnit("GBP").isPresent());
        assertEquals(false, CurrencyRates.defaults().aznPerUnit("EUR").isPresent());
    }

    @Test
    void ratesCannotOverrideThePegOrTakeBadCodes() {
        CurrencyRates rates = CurrencyRates.withExtras(Map.of("USD", new BigDecimal("2.00")));
        assertEquals(new BigDecimal("1.70"), rates.aznPerUnit("USD").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> CurrencyRates.withExtras(Map.of("EURO", BigDecimal.ONE)));
        assertThrows(IllegalArgumentException.class, () -> CurrencyRates.withExtras(Map.of("EUR", BigDecimal.ZERO)));
    }
}
