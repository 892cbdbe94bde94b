package az.industry.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.ProductionRecord;
import az.industry.contracts.event.RecordKind;

/**
 * The companies, products and records reports as the contract defines them, computed independently from the
 * records that count (recorded, not voided): names compared trimmed, white space collapsed and lower-cased, shown
 * as the first recorded (smallest recordedAt, then id as text) of all the counted records with that name.
 */
public final class AnalyticsOracle {

    private final List<IndustryRecord> live;

    public AnalyticsOracle(List<IndustryRecord> live) {
        this.live = List.copyOf(live);
    }

    public static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static final Comparator<IndustryRecord> FIRST_RECORDED = Comparator.comparing(IndustryRecord::recordedAt)
            .thenComparing(r -> r.id().toString());

    /** The name shown for each key: of the first recorded counted record that {@code key} maps to it. */
    private Map<String, IndustryRecord> firsts(Predicate<IndustryRecord> which, java.util.function.Function<IndustryRecord, String> key) {
        Map<String, IndustryRecord> first = new HashMap<>();
        live.stream().filter(which).forEach(r -> first.merge(key.apply(r), r,
                (a, b) -> FIRST_RECORDED.compare(a, b) <= 0 ? a : b));
        return first;
    }

    /** {@code GET /api/reports/companies} over the records {@code filter} accepts. */
    public ObjectNode companies(Predicate<IndustryRecord> filter) {
        Map<String, IndustryRecord> names = firsts(r -> true, r -> fold(r.company()));
        Map<String, Oracle.Group> groups = new TreeMap<>();
        Map<String, TreeSet<String>> zones = new HashMap<>();
        live.stream().filter(filter).forEach(r -> {
            groups.computeIfAbsent(fold(r.company()), k -> new Oracle.Group()).add(r);
            zones.computeIfAbsent(fold(r.company()), k -> new TreeSet<>()).add(r.zoneId());
        });
        List<String> order = new ArrayList<>(groups.keySet());
        Comparator<String> largest = Comparator.<String, BigDecimal>comparing(k -> azn(groups.get(k), RecordKind.PRODUCTION))
                .thenComparing(k -> azn(groups.get(k), RecordKind.INVESTMENT))
                .thenComparing(k -> azn(groups.get(k), RecordKind.EXPORT)).reversed().thenComparing(k -> k);
        order.sort(largest);
        ObjectNode report = ExactJson.MAPPER.createObjectNode().put("count", order.size());
        ArrayNode companies = report.putArray("companies");
        for (String k : order) {
            ObjectNode c = companies.addObject().put("name", names.get(k).company().strip());
            zones.get(k).forEach(c.putArray("zoneIds")::add);
            Oracle.blocks(c, groups.get(k)).remove("exportShare");
        }
        return report;
    }

    private static BigDecimal azn(Oracle.Group g, RecordKind kind) {
        return g.blocks.get(kind).azn;
    }

    /** {@code GET /api/reports/products} over the production records {@code filter} accepts. */
    public ArrayNode products(Predicate<IndustryRecord> filter) {
        Predicate<IndustryRecord> production = r -> r instanceof ProductionRecord;
        java.util.function.Function<IndustryRecord, String> key = r -> fold(((ProductionRecord) r).product()) + "\n"
                + fold(((ProductionRecord) r).unit());
        Map<String, IndustryRecord> names = firsts(production, key);
        Map<String, BigDecimal[]> sums = new HashMap<>(); // azn, quantity, count
        live.stream().filter(production.and(filter)).forEach(r -> {
            BigDecimal[] s = sums.computeIfAbsent(key.apply(r), k -> new BigDecimal[] { Oracle.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
            s[0] = s[0].add(r.azn());
            s[1] = s[1].add(((ProductionRecord) r).quantity());
            s[2] = s[2].add(BigDecimal.ONE);
        });
        List<String> order = new ArrayList<>(sums.keySet());
        order.sort(Comparator.<String, BigDecimal>comparing(k -> sums.get(k)[0]).reversed().thenComparing(k -> k));
        ArrayNode out = ExactJson.MAPPER.createArrayNode();
        for (String k : order) {
            ProductionRecord first = (ProductionRecord) names.get(k);
            BigDecimal q = sums.get(k)[1].stripTrailingZeros();
            quantity(out.addObject().put("product", first.product().strip()).put("unit", first.unit().strip()),
                    q.scale() < 0 ? q.setScale(0) : q).put("totalAzn", sums.get(k)[0])
                    .put("totalUsd", Oracle.usd(sums.get(k)[0])).put("count", sums.get(k)[2].longValueExact());
        }
        return out;
    }

    /** {@code GET /api/reports/records} of {@code kind}: every record {@code filter} accepts, newest first. */
    public List<IndustryRecord> records(RecordKind kind, Predicate<IndustryRecord> filter) {
        Comparator<IndustryRecord> newest = Comparator.comparing(IndustryRecord::occurredOn)
                .thenComparing(IndustryRecord::recordedAt).thenComparing(r -> r.id().toString()).reversed();
        return live.stream().filter(r -> r.kind() == kind).filter(filter).sorted(newest).toList();
    }

    /** The records answer: {@code X-Total-Count}, {@code X-Total-Azn} and the rows of one page. */
    public static ObjectNode recordsAnswer(List<IndustryRecord> all, int page, int size) {
        BigDecimal total = all.stream().map(IndustryRecord::azn).reduce(Oracle.ZERO, BigDecimal::add);
        ObjectNode answer = ExactJson.MAPPER.createObjectNode().put("X-Total-Count", String.valueOf(all.size()))
                .put("X-Total-Azn", total.toPlainString());
        ArrayNode rows = answer.putArray("rows");
        all.stream().skip((long) page * size).limit(size).forEach(r -> row(rows.addObject(), r));
        return answer;
    }

    /** A quantity as JSON writes it: an integer when it has no decimals. */
    private static ObjectNode quantity(ObjectNode n, BigDecimal q) {
        return q.scale() <= 0 ? n.put("quantity", q.toBigIntegerExact()) : n.put("quantity", q);
    }

    private static void row(ObjectNode n, IndustryRecord r) {
        n.put("id", r.id().toString()).put("zoneId", r.zoneId()).put("sector", r.sector().name())
                .put("company", r.company().strip()).put("occurredOn", r.occurredOn().toString()).put("amountAzn", r.azn());
        if (r instanceof InvestmentRecord i) {
            n.put("jobsCreated", i.jobsCreated());
        }
        if (r instanceof ProductionRecord p) {
            quantity(n.put("product", p.product().strip()), p.quantity()).put("unit", p.unit().strip());
        }
        if (r instanceof ExportRecord e) {
            quantity(n.put("product", e.product().strip()), e.quantity()).put("unit", e.unit().strip())
                    .put("country", e.destinationCountry()).put("hsCode", e.hsCode());
        }
        Instant at = r.recordedAt();
        n.put("recordedAt", at.toString()).put("recordedBy", r.recordedBy());
    }
}
