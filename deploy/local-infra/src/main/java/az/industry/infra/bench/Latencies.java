package az.industry.infra.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations in nanoseconds, collected by one thread (or merged from several), and their nearest-rank percentiles. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;
    private boolean sorted = true;

    void add(long value) {
        sorted = false;
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    /** Adds every value of {@code other} to this one. */
    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    /** All of {@code parts} in one. */
    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        parts.forEach(all::addAll);
        return all;
    }

    int count() {
        return size;
    }

    /**
     * The nearest-rank percentile {@code p} (0 < p ≤ 100) in nanoseconds: the smallest value with at least p % of the
     * values at or below it; 0 when there are none.
     */
    long percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is not in (0, 100]");
        }
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(nanos, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(p * size / 100.0 - 1e-9); // 1-based; the epsilon keeps 99 % of 100 at rank 99
        return nanos[Math.max(1, rank) - 1];
    }

    long max() {
        return size == 0 ? 0 : percentile(100);
    }

    /** {@link #percentile} in milliseconds, one decimal. */
    double millis(double p) {
        return Math.round(percentile(p) / 100_000.0) / 10.0;
    }

    /** "p50 1.2 ms, p99 8.0 ms (n=1,234)". */
    String summary() {
        return size == 0 ? "no samples"
                : String.format(Locale.ROOT, "p50 %s ms, p99 %s ms (n=%,d)", ms(percentile(50)), ms(percentile(99)), size);
    }

    /** Nanoseconds as milliseconds for a person: one decimal under 100 ms, none above. */
    static String ms(long nanos) {
        double millis = nanos / 1e6;
        return millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%,.0f", millis);
    }
}
