package az.industry.contracts.money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** AZN rates per currency unit: AZN and USD (the 1.70 peg) always, others only where configured. */
public final class CurrencyRates {

    public static final String AZN = "AZN";
    public static final String USD = "USD";

    private final Map<String, BigDecimal> aznPerUnit;

    private CurrencyRates(Map<String, BigDecimal> aznPerUnit) {
        this.aznPerUnit = Collections.unmodifiableMap(aznPerUnit);
    }

    /** Rates with AZN and USD fixed, plus the configured extras (codes upper case, rates > 0). */
    public static CurrencyRates withExtras(Map<String, BigDecimal> extras) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        extras.forEach((code, rate) -> {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!upper.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("not an ISO 4217 code: " + code);
            }
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalArgumentException("rate for " + code + " must be > 0");
            }
            rates.put(upper, rate);
        });
        rates.put(AZN, BigDecimal.ONE);
        rates.put(USD, Money.USD_PEG);
        return new CurrencyRates(rates);
    }

    public static CurrencyRates defaults() {
        return withExtras(Map.of());
    }

    /** The AZN value of one unit of {@code currency}, if that currency is accepted. */
    public Optional<BigDecimal> aznPerUnit(String currency) {
        return Optional.ofNullable(currency == null ? null : aznPerUnit.get(currency));
    }

    public Map<String, BigDecimal> all() {
        return aznPerUnit;
    }
}
