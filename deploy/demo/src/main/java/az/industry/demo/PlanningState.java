package az.industry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the planners share: the one source of randomness, each company's dates and markets, the rows so far. */
final class PlanningState {

    final Map<String, LocalDate> firstInvestedOn = new LinkedHashMap<>();
    final Map<String, LocalDate> producingSince = new LinkedHashMap<>();
    final Map<String, List<String>> markets = new LinkedHashMap<>();
    final List<Draft> investments = new ArrayList<>();
    final List<Draft> production = new ArrayList<>();
    final List<Draft> exports = new ArrayList<>();
    /** Every draw goes through here, in the order the planners make them. */
    private final Random random;

    PlanningState(Random random) {
        this.random = random;
    }

    /**
     * Draws the company's first investment date (in the first half of its investment year) and derives when it
     * starts producing: in its production year, at least 60 days after that investment.
     */
    void schedule(Company company) {
        LocalDate first = company.investYear() == 2025
                ? date(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28))
                : date(LocalDate.of(company.investYear(), 1, 1), LocalDate.of(company.investYear(), 6, 30));
        firstInvestedOn.put(company.name(), first);
        if (company.productionYear() > 0) {
            LocalDate start = LocalDate.of(company.productionYear(), 1, 1);
            LocalDate earliest = first.plusDays(60);
            producingSince.put(company.name(), earliest.isAfter(start) ? earliest : start);
        }
    }

    /** A date from {@code from} to {@code to}, inclusive. */
    LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days < 0) {
            throw new IllegalArgumentException(from + " after " + to);
        }
        return from.plusDays(random.nextInt((int) days + 1));
    }

    /** A number from {@code low} (inclusive) to {@code high}. */
    double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** 0 (inclusive) to {@code bound}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** 0 (inclusive) to 1. */
    double nextDouble() {
        return random.nextDouble();
    }
}
