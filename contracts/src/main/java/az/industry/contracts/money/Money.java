package az.industry.contracts.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money arithmetic shared by every service: AZN conversion and the USD view. */
public final class Money {

    /** Scale of every stored money amount (qəpik / cents). */
    public static final int SCALE = 2;
    /** Scale of ratios such as export share and growth. */
    public static final int RATIO_SCALE = 4;
    /** The official peg: AZN per one USD. */
    public static final BigDecimal USD_PEG = new BigDecimal("1.70");
    /** At most this many digits before the decimal point (NUMERIC(19,2) leaves room for sums). */
    public static final int MAX_INTEGER_DIGITS = 15;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** The AZN amount of {@code amount} at {@code aznPerUnit}, rounded half-even to 2 decimals. */
    public static BigDecimal toAzn(BigDecimal amount, BigDecimal aznPerUnit) {
        return amount.multiply(aznPerUnit).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** The USD view of an AZN total: AZN / 1.70, rounded half-even to 2 decimals. */
    public static BigDecimal usdView(BigDecimal azn) {
        return azn.divide(USD_PEG, SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@code numerator / denominator} rounded half-even to 4 decimals, or 0 when the denominator is 0. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(RATIO_SCALE);
        }
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    /** An amount normalised to 2 decimals; never rounds (callers validate the scale first). */
    public static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
