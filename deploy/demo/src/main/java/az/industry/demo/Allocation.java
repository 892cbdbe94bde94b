package az.industry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import az.industry.contracts.money.CurrencyRates;

/** The pure sharing-out arithmetic: targets over weighted slots to the qəpik, integers by largest remainder. */
final class Allocation {

    /** AZN per US dollar (1.70): USD amounts in whole steps have an exact AZN value. */
    static final BigDecimal PEG = CurrencyRates.defaults().aznPerUnit(CurrencyRates.USD).orElseThrow();

    /** The steps of output and export amounts: 1 qəpik in AZN, 10 cents in USD. */
    private static final BigDecimal QEPIK = new BigDecimal("0.01");
    private static final BigDecimal TEN_US_CENTS = new BigDecimal("0.10");

    private Allocation() {
    }

    /**
     * Shares {@code target} AZN over {@code slots} by weight: USD slots get a multiple of {@code usdStep} USD
     * (its AZN value exact at 1.70), AZN slots a multiple of {@code aznStep}; the last slot, in AZN, takes
     * the remainder, so the slots add up to {@code target} exactly.
     */
    static void allocate(BigDecimal target, List<Draft> slots, BigDecimal aznStep, BigDecimal usdStep) {
        if (slots.isEmpty()) {
            throw new IllegalStateException("no slot for a target of " + target);
        }
        double total = slots.stream().mapToDouble(s -> s.weight).sum();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < slots.size() - 1; i++) {
            Draft slot = slots.get(i);
            BigDecimal share = target.multiply(BigDecimal.valueOf(slot.weight / total));
            if (slot.usd) {
                slot.amount = roundTo(share.divide(PEG, 6, RoundingMode.HALF_EVEN), usdStep);
                slot.currency = CurrencyRates.USD;
                slot.azn = slot.amount.multiply(PEG).setScale(2, RoundingMode.UNNECESSARY);
            } else {
                slot.amount = roundTo(share, aznStep);
                slot.currency = CurrencyRates.AZN;
                slot.azn = slot.amount;
            }
            assigned = assigned.add(slot.azn);
        }
        Draft last = slots.get(slots.size() - 1);
        last.amount = target.subtract(assigned).setScale(2, RoundingMode.UNNECESSARY);
        last.currency = CurrencyRates.AZN;
        last.azn = last.amount;
        BigDecimal fair = target.multiply(BigDecimal.valueOf(last.weight / total));
        if (last.amount.compareTo(fair.multiply(new BigDecimal("0.5"))) < 0) {
            throw new IllegalStateException("remainder " + last.amount + " far below its share " + fair);
        }
    }

    /** {@link #allocate} with the steps of output and exports: the qəpik in AZN, 0.10 in USD. */
    static void allocateFinely(BigDecimal target, List<Draft> slots) {
        allocate(target, slots, QEPIK, TEN_US_CENTS);
    }

    private static BigDecimal roundTo(BigDecimal value, BigDecimal step) {
        BigDecimal rounded = value.divide(step, 0, RoundingMode.HALF_EVEN).multiply(step);
        return (rounded.signum() > 0 ? rounded : step).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Integers proportional to {@code weights} that add up to {@code total} (largest remainder). */
    static int[] largestRemainder(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] result = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            assigned += result[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; k < total - assigned; k++) {
            result[order.get(k)]++;
        }
        return result;
    }
}
