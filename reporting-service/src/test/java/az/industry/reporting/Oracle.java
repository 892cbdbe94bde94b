package az.industry.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.contracts.event.ExportRecord;
import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.event.InvestmentRecord;
import az.industry.contracts.event.RecordKind;

/**
 * The reports as the contract defines them, computed independently with BigDecimal from a list of records that
 * count (recorded, not voided), rendered as the JSON the service must answer; optionally added to a baseline
 * read from the service's earlier answers, for reports whose data other tests share.
 */
public final class Oracle {

    public static final BigDecimal PEG = new BigDecimal("1.70");
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private final List<IndustryRecord> live;

    public Oracle(List<IndustryRecord> live) {
        this.live = List.copyOf(live);
    }

    /** The records that count. */
    public List<IndustryRecord> live() {
        return live;
    }

    /** Sum, count and jobs of records. */
    public static final class Block {
        BigDecimal azn = ZERO;
        long count;
        long jobs;

        void add(BigDecimal amount, long n, long j) {
            azn = azn.add(amount);
            count += n;
            jobs += j;
        }
    }

    /** The three blocks of a report group, and export sums per destination country. */
    public static final class Group {
        final Map<RecordKind, Block> blocks = new TreeMap<>();
        final Map<String, Block> countries = new TreeMap<>();

        Group() {
            for (RecordKind kind : RecordKind.values()) {
                blocks.put(kind, new Block());
            }
        }

        void add(IndustryRecord r) {
            blocks.get(r.kind()).add(r.azn(), 1, r instanceof InvestmentRecord i ? i.jobsCreated() : 0);
            if (r instanceof ExportRecord e) {
                countries.computeIfAbsent(e.destinationCountry(), c -> new Block()).add(r.azn(), 1, 0);
            }
        }

        Group plus(Group other) {
            Group sum = new Group();
            for (Group g : List.of(this, other)) {
                g.blocks.forEach((k, b) -> sum.blocks.get(k).add(b.azn, b.count, b.jobs));
                g.countries.forEach((c, b) -> sum.countries.computeIfAbsent(c, x -> new Block()).add(b.azn, b.count, 0));
            }
            return sum;
        }

        /** The group as a report reads it back: blocks from {@code report}, countries from {@code destinations}. */
        static Group read(JsonNode report, JsonNode destinations) {
            Group g = new Group();
            g.blocks.get(RecordKind.INVESTMENT).add(report.at("/investment/totalAzn").decimalValue(),
                    report.at("/investment/count").longValue(), report.at("/investment/jobsCreated").longValue());
            g.blocks.get(RecordKind.PRODUCTION).add(report.at("/production/totalAzn").decimalValue(),
                    report.at("/production/count").longValue(), 0);
            g.blocks.get(RecordKind.EXPORT).add(report.at("/exports/totalAzn").decimalValue(),
                    report.at("/exports/count").longValue(), 0);
            for (JsonNode d : destinations) {
                g.countries.computeIfAbsent(d.get("country").asText(), c -> new Block())
                        .add(d.get("totalAzn").decimalValue(), d.get("count").longValue(), 0);
            }
            return g;
        }
    }

    public static Predicate<IndustryRecord> within(LocalDate from, LocalDate to) {
        return r -> (from == null || !r.occurredOn().isBefore(from)) && (to == null || !r.occurredOn().isAfter(to));
    }

    public Group group(Predicate<IndustryRecord> which) {
        Group g = new Group();
        live.stream().filter(which).forEach(g::add);
        return g;
    }

    // ---- rendering, as the contract shapes the JSON ----

    public static BigDecimal usd(BigDecimal azn) {
        return azn.divide(PEG, 2, RoundingMode.HALF_EVEN);
    }

    public static ObjectNode national(Group g, LocalDate from, LocalDate to) {
        ObjectNode n = ExactJson.MAPPER.createObjectNode();
        n.put("from", from == null ? null : from.toString());
        n.put("to", to == null ? null : to.toString());
        return blocks(n, g);
    }

    /** Adds investment, production, exports and exportShare of {@code g} to {@code n}. */
    public static ObjectNode blocks(ObjectNode n, Group g) {
        Block inv = g.blocks.get(RecordKind.INVESTMENT);
        Block prod = g.blocks.get(RecordKind.PRODUCTION);
        Block exp = g.blocks.get(RecordKind.EXPORT);
        n.putObject("investment").put("totalAzn", inv.azn).put("totalUsd", usd(inv.azn)).put("count", inv.count)
                .put("jobsCreated", inv.jobs);
        n.putObject("production").put("totalAzn", prod.azn).put("totalUsd", usd(prod.azn)).put("count", prod.count);
        long countries = g.countries.values().stream().filter(b -> b.count > 0).count();
        n.putObject("exports").put("totalAzn", exp.azn).put("totalUsd", usd(exp.azn)).put("count", exp.count)
                .put("destinationCountries", countries);
        n.put("exportShare", prod.azn.signum() == 0 ? new BigDecimal("0.0000")
                : exp.azn.divide(prod.azn, 4, RoundingMode.HALF_EVEN));
        return n;
    }

    public static ObjectNode zone(String zoneId, Group g) {
        ObjectNode n = ExactJson.MAPPER.createObjectNode().put("zoneId", zoneId);
        return blocks(n, g);
    }

    public static ObjectNode sector(String sector, Group g) {
        ObjectNode n = ExactJson.MAPPER.createObjectNode().put("sector", sector);
        return blocks(n, g);
    }

    /** Countries with shipments, largest total first, then by code. */
    public static ArrayNode destinations(Group g) {
        List<Map.Entry<String, Block>> rows = new ArrayList<>(g.countries.entrySet());
        rows.removeIf(e -> e.getValue().count == 0);
        rows.sort(Comparator.<Map.Entry<String, Block>, BigDecimal>comparing(e -> e.getValue().azn).reversed()
                .thenComparing(Map.Entry::getKey));
        ArrayNode a = ExactJson.MAPPER.createArrayNode();
        for (Map.Entry<String, Block> e : rows) {
            a.addObject().put("country", e.getKey()).put("totalAzn", e.getValue().azn)
                    .put("totalUsd", usd(e.getValue().azn)).put("count", e.getValue().count);
        }
        return a;
    }

    // ---- time series ----

    /** The first day of the month, quarter or year containing {@code day}. */
    public static LocalDate periodStart(String granularity, LocalDate day) {
        return switch (granularity) {
            case "month" -> day.withDayOfMonth(1);
            case "quarter" -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case "year" -> LocalDate.of(day.getYear(), 1, 1);
            default -> throw new IllegalArgumentException(granularity);
        };
    }

    public static String label(String granularity, LocalDate start) {
        return switch (granularity) {
            case "month" -> start.toString().substring(0, 7);
            case "quarter" -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            default -> String.valueOf(start.getYear());
        };
    }

    public static LocalDate parseLabel(String granularity, String label) {
        return switch (granularity) {
            case "month" -> LocalDate.parse(label + "-01");
            case "quarter" -> LocalDate.of(Integer.parseInt(label.substring(0, 4)),
                    (Integer.parseInt(label.substring(6)) - 1) * 3 + 1, 1);
            default -> LocalDate.of(Integer.parseInt(label), 1, 1);
        };
    }

    public static RecordKind kind(String metric) {
        return switch (metric) {
            case "investment" -> RecordKind.INVESTMENT;
            case "production" -> RecordKind.PRODUCTION;
            case "exports" -> RecordKind.EXPORT;
            default -> throw new IllegalArgumentException(metric);
        };
    }

    /** Sum per period of {@code metric}'s records that {@code which} accepts. */
    public Map<LocalDate, Block> periods(String metric, String granularity, Predicate<IndustryRecord> which) {
        Map<LocalDate, Block> sums = new TreeMap<>();
        live.stream().filter(r -> r.kind() == kind(metric)).filter(which)
                .forEach(r -> sums.computeIfAbsent(periodStart(granularity, r.occurredOn()), p -> new Block())
                        .add(r.azn(), 1, 0));
        return sums;
    }

    /** Periods read back from a time series answer. */
    public static Map<LocalDate, Block> periods(String granularity, JsonNode series) {
        Map<LocalDate, Block> sums = new TreeMap<>();
        for (JsonNode p : series) {
            sums.computeIfAbsent(parseLabel(granularity, p.get("period").asText()), x -> new Block())
                    .add(p.get("totalAzn").decimalValue(), p.get("count").longValue(), 0);
        }
        return sums;
    }

    public static Map<LocalDate, Block> plus(Map<LocalDate, Block> a, Map<LocalDate, Block> b) {
        Map<LocalDate, Block> sum = new TreeMap<>();
        for (Map<LocalDate, Block> m : List.of(a, b)) {
            m.forEach((p, x) -> sum.computeIfAbsent(p, y -> new Block()).add(x.azn, x.count, 0));
        }
        return sum;
    }

    /**
     * The series answer: every period from the first to the last with records, each with its growth over the
     * same period in {@code yearEarlier} (null where that total is 0 or absent).
     */
    public static ArrayNode series(String granularity, Map<LocalDate, Block> current, Map<LocalDate, Block> yearEarlier) {
        List<LocalDate> withData = current.entrySet().stream().filter(e -> e.getValue().count > 0)
                .map(Map.Entry::getKey).sorted().toList();
        ArrayNode a = ExactJson.MAPPER.createArrayNode();
        if (withData.isEmpty()) {
            return a;
        }
        LocalDate last = withData.get(withData.size() - 1);
        int step = switch (granularity) {
            case "month" -> 1;
            case "quarter" -> 3;
            default -> 12;
        };
        for (LocalDate p = withData.get(0); !p.isAfter(last); p = p.plusMonths(step)) {
            Block b = current.getOrDefault(p, new Block());
            Block earlier = yearEarlier.get(p.minusYears(1));
            ObjectNode point = a.addObject().put("period", label(granularity, p)).put("totalAzn", b.azn)
                    .put("totalUsd", usd(b.azn)).put("count", b.count);
            if (earlier == null || earlier.azn.signum() == 0) {
                point.putNull("growth");
            } else {
                point.put("growth", b.azn.subtract(earlier.azn).divide(earlier.azn, 4, RoundingMode.HALF_EVEN));
            }
        }
        return a;
    }

    /** The windowed series: growth against the same window a year earlier. */
    public ArrayNode series(String metric, String granularity, Predicate<IndustryRecord> filter, LocalDate from, LocalDate to) {
        Map<LocalDate, Block> current = periods(metric, granularity, filter.and(within(from, to)));
        Map<LocalDate, Block> earlier = periods(metric, granularity, filter.and(within(
                from == null ? null : from.minusYears(1), to == null ? null : to.minusYears(1))));
        return series(granularity, current, earlier);
    }
}
