package az.industry.reporting.model;

import java.time.LocalDate;

/** The period length of a time series: months ({@code 2025-03}), quarters ({@code 2025-Q1}) or years ({@code 2025}). */
public enum Granularity {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    /** The first day of the period containing {@code day}. */
    public LocalDate start(LocalDate day) {
        int month = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return start.plusMonths(months);
    }

    /** The period's label: {@code 2025-03}, {@code 2025-Q1} or {@code 2025}. */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format("%04d", start.getYear());
        };
    }
}
