package az.industry.e2e.crash;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ledger of acknowledged writes, one entry per Idempotency-Key, kept by the writers themselves, and the
 * totals every report must show, summed here independently of the platform.
 */
final class AckedWrites {

    /** The metric of a record: which service recorded it. */
    enum Kind { INVESTMENT, PRODUCTION, EXPORT }

    /** One acknowledged record as written: the fields the reports group and sum by; AZN exact to the qəpik. */
    record Acked(Kind kind, String zone, String sector, String company, String country, String product,
            String unit, BigDecimal quantity, BigDecimal azn, long jobs) {
    }

    /** A block of a report: exact AZN total, record count and (for investment) jobs. */
    record Total(BigDecimal azn, long count, long jobs) {
        static final Total ZERO = new Total(BigDecimal.ZERO.setScale(2), 0, 0);

        Total plus(Acked a) {
            return new Total(azn.add(a.azn()), count + 1, jobs + a.jobs());
        }
    }

    private final Map<String, List<Acked>> byKey = new ConcurrentHashMap<>();

    /** Records the answer for {@code key}: true the first time (an acknowledged write), false for a replay. */
    boolean acknowledge(String key, List<Acked> records) {
        return byKey.putIfAbsent(key, List.copyOf(records)) == null;
    }

    /** Distinct acknowledged requests (a batch is one). */
    int requests() {
        return byKey.size();
    }

    List<Acked> all() {
        List<Acked> all = new ArrayList<>();
        byKey.values().forEach(all::addAll);
        return all;
    }

    /** Total of {@code kind} over everything acknowledged. */
    Total total(Kind kind) {
        return sum(all().stream().filter(a -> a.kind() == kind).toList());
    }

    /** Totals of {@code kind} grouped by {@code key} (e.g. zone, sector, destination country). */
    Map<String, Total> totals(Kind kind, Function<Acked, String> key) {
        return all().stream().filter(a -> a.kind() == kind).collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.reducing(Total.ZERO, a -> Total.ZERO.plus(a), AckedWrites::add)));
    }

    /** Companies as the report compares them: trimmed and case-folded. */
    static String company(Acked a) {
        return a.company().strip().toLowerCase(Locale.ROOT);
    }

    /** Production quantity summed exactly per product and unit. */
    Map<String, BigDecimal> quantities() {
        return all().stream().filter(a -> a.kind() == Kind.PRODUCTION).collect(Collectors.groupingBy(
                a -> a.product() + " / " + a.unit(), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, Acked::quantity, BigDecimal::add)));
    }

    long destinationCountries() {
        return all().stream().filter(a -> a.kind() == Kind.EXPORT).map(Acked::country).distinct().count();
    }

    private static Total sum(List<Acked> records) {
        Total t = Total.ZERO;
        for (Acked a : records) {
            t = t.plus(a);
        }
        return t;
    }

    private static Total add(Total a, Total b) {
        return new Total(a.azn().add(b.azn()), a.count() + b.count(), a.jobs() + b.jobs());
    }
}
