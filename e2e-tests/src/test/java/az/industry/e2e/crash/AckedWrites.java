package az.industry.e2e.crash;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The independent oracle of the crash suite: every record the platform acknowledged (201), by id, and the exact sums
 * each report must show for them (national, per zone, per sector, per destination, per company, per product).
 */
final class AckedWrites {

    /** One acknowledged record, as the writer sent it (all in AZN, so its AZN amount is its amount). */
    record Write(String kind, String zoneId, String sector, String company, String product, String unit, BigDecimal quantity,
            String country, BigDecimal azn, int jobs) {
    }

    /** A block of a report: how many records and their AZN total (and jobs, for investments). */
    record Sum(long count, BigDecimal azn, long jobs) {

        static final Sum ZERO = new Sum(0, BigDecimal.ZERO, 0);

        Sum plus(Write w) {
            return new Sum(count + 1, azn.add(w.azn()), jobs + w.jobs());
        }
    }

    private final Map<String, Write> byId = new ConcurrentHashMap<>();
    private final Map<String, Integer> acks = new ConcurrentHashMap<>();

    /** Records {@code w} under {@code id}; an id acknowledged twice (a replayed answer) counts once. */
    void ack(String id, Write w) {
        Write earlier = byId.putIfAbsent(id, w);
        if (earlier != null && !earlier.equals(w)) {
            throw new AssertionError("id " + id + " acknowledged for two different records: " + earlier + " and " + w);
        }
        acks.merge(id, 1, Integer::sum);
    }

    int size() {
        return byId.size();
    }

    /** How many acknowledgements repeated an id (retries answered with the earlier 201). */
    long replays() {
        return acks.values().stream().mapToLong(n -> n - 1).sum();
    }

    List<Write> all() {
        return new ArrayList<>(byId.values());
    }

    /** kind → its national block. */
    Map<String, Sum> national() {
        return sums(w -> w.kind());
    }

    /** "zoneId/kind" → its block. */
    Map<String, Sum> byZone() {
        return sums(w -> w.zoneId() + "/" + w.kind());
    }

    /** "SECTOR/kind" → its block. */
    Map<String, Sum> bySector() {
        return sums(w -> w.sector() + "/" + w.kind());
    }

    /** destination country → its exports. */
    Map<String, Sum> byDestination() {
        return sums(w -> w.kind().equals("exports") ? w.country() : null);
    }

    /** company (trimmed, case-folded) + "/kind" → its block. */
    Map<String, Sum> byCompany() {
        return sums(w -> w.company().strip().toLowerCase(Locale.ROOT) + "/" + w.kind());
    }

    /** "product/unit" of production → its value total; the quantities in {@link #quantities()}. */
    Map<String, Sum> byProduct() {
        return sums(w -> w.kind().equals("production") ? w.product() + "/" + w.unit() : null);
    }

    Map<String, BigDecimal> quantities() {
        Map<String, BigDecimal> q = new TreeMap<>();
        for (Write w : byId.values()) {
            if (w.kind().equals("production")) {
                q.merge(w.product() + "/" + w.unit(), w.quantity(), BigDecimal::add);
            }
        }
        return q;
    }

    private Map<String, Sum> sums(Function<Write, String> key) {
        Map<String, Sum> sums = new TreeMap<>();
        for (Write w : byId.values()) {
            String k = key.apply(w);
            if (k != null) {
                sums.merge(k, Sum.ZERO.plus(w), (a, b) -> new Sum(a.count() + b.count(), a.azn().add(b.azn()), a.jobs() + b.jobs()));
            }
        }
        return sums;
    }
}
