package az.industry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A period of dates, inclusive: a year ({@code 2013}) or a quarter ({@code 2024-Q1}). */
record Period(LocalDate from, LocalDate to) {

    static Period parse(String label) {
        if (label.contains("-Q")) {
            int year = Integer.parseInt(label.substring(0, 4));
            int quarter = Integer.parseInt(label.substring(6));
            LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
            return new Period(from, from.plusMonths(3).minusDays(1));
        }
        int year = Integer.parseInt(label);
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Periods from {@code firstYear} to 2024 by year, then Q1 2025. */
    static List<Period> years(int firstYear) {
        List<Period> periods = new ArrayList<>();
        if (firstYear <= 0) {
            return periods;
        }
        for (int year = firstYear; year <= 2024; year++) {
            periods.add(Period.parse(Integer.toString(year)));
        }
        periods.add(Period.parse("2025-Q1"));
        return periods;
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The part of this period from {@code start} on, as a fraction of its days. */
    double share(LocalDate start) {
        double all = to.toEpochDay() - from.toEpochDay() + 1;
        return (to.toEpochDay() - start.toEpochDay() + 1) / all;
    }

    /** {@code parts} consecutive periods of whole months (12 = months, 4 = quarters, 3 = months of Q1). */
    List<Period> split(int parts) {
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
        if (months % parts != 0) {
            throw new IllegalArgumentException(months + " months in " + parts + " parts");
        }
        List<Period> periods = new ArrayList<>();
        LocalDate start = from;
        for (int i = 0; i < parts; i++) {
            LocalDate next = start.plusMonths(months / parts);
            periods.add(new Period(start, next.minusDays(1)));
            start = next;
        }
        return periods;
    }
}
