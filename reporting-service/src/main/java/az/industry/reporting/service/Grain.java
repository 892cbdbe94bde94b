package az.industry.reporting.service;

import java.time.LocalDate;

/** How much of the calendar one row of a summed table covers: a day, a month, a year, or all of it. */
enum Grain {
    DAY("day"),
    MONTH("month"),
    YEAR("year"),
    ALL(null);

    /** The {@code date_trunc} field of this grain. */
    final String sql;

    Grain(String sql) {
        this.sql = sql;
    }

    /** The first day of the period of this grain holding {@code day} (null for {@link #ALL}). */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            case ALL -> null;
        };
    }

    /** The first day of the next period. */
    LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case MONTH -> periodStart.plusMonths(1);
            case YEAR -> periodStart.plusYears(1);
            case ALL -> throw new IllegalArgumentException("ALL has no next period");
        };
    }

    /** The next finer grain. */
    Grain finer() {
        return switch (this) {
            case DAY -> throw new IllegalArgumentException("no grain finer than a day");
            case MONTH -> DAY;
            case YEAR -> MONTH;
            case ALL -> YEAR;
        };
    }
}
