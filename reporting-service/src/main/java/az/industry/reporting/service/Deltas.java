package az.industry.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import az.industry.reporting.model.Metric;

/** Changes to the totals accumulated over one batch, merged per key so each key is written once. */
final class Deltas {

    /** Key of {@code daily_total}. */
    record TotalKey(Metric metric, String zoneId, String sector, LocalDate day) {
    }

    /** Key of {@code destination_total}. */
    record DestinationKey(String country, String zoneId, String sector, LocalDate day) {
    }

    /** A change of one row: money, count and jobs. */
    static final class Change {
        BigDecimal azn = BigDecimal.ZERO;
        long count;
        long jobs;

        boolean isZero() {
            return azn.signum() == 0 && count == 0 && jobs == 0;
        }
    }

    private static final Comparator<TotalKey> TOTAL_ORDER = Comparator.comparing(TotalKey::metric)
            .thenComparing(TotalKey::zoneId).thenComparing(TotalKey::sector).thenComparing(TotalKey::day);
    private static final Comparator<DestinationKey> DESTINATION_ORDER = Comparator.comparing(DestinationKey::country)
            .thenComparing(DestinationKey::zoneId).thenComparing(DestinationKey::sector)
            .thenComparing(DestinationKey::day);

    // sorted, so concurrent instances lock rows in the same order and cannot deadlock
    final Map<TotalKey, Change> totals = new TreeMap<>(TOTAL_ORDER);
    final Map<DestinationKey, Change> destinations = new TreeMap<>(DESTINATION_ORDER);

    /** Adds ({@code sign} = 1) or removes ({@code sign} = -1) a record's contribution. */
    void add(RecordState s, int sign) {
        Change total = totals.computeIfAbsent(new TotalKey(s.metric, s.zoneId, s.sector, s.day), k -> new Change());
        total.azn = sign > 0 ? total.azn.add(s.azn) : total.azn.subtract(s.azn);
        total.count += sign;
        total.jobs += (long) sign * s.jobs;
        if (s.country != null) {
            Change dest = destinations.computeIfAbsent(new DestinationKey(s.country, s.zoneId, s.sector, s.day),
                    k -> new Change());
            dest.azn = sign > 0 ? dest.azn.add(s.azn) : dest.azn.subtract(s.azn);
            dest.count += sign;
        }
    }

    List<String> changedZones() {
        return totals.keySet().stream().map(TotalKey::zoneId).distinct().sorted().toList();
    }
}
