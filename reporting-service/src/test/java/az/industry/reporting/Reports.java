package az.industry.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import az.industry.contracts.event.IndustryRecord;
import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;

/**
 * Every report answer for one date window, keyed by request path: national, zones, each zone, sectors,
 * destinations (national, per zone, per sector) and time series (every metric and granularity, per zone, per
 * sector). Taken from the service, or computed by an {@link Oracle}, and compared field by field.
 */
public final class Reports {

    public static final List<String> METRICS = List.of("investment", "production", "exports");
    public static final List<String> GRANULARITIES = List.of("month", "quarter", "year");
    public static final List<String> ZONES = ZoneCatalogue.defaults().all().stream().map(Zone::id).toList();
    public static final List<String> SECTORS = java.util.Arrays.stream(Sector.values()).map(Sector::name).toList();

    public final LocalDate from;
    public final LocalDate to;
    public final Map<String, JsonNode> answers = new LinkedHashMap<>();

    private Reports(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** One series request: metric, granularity and optional zone and sector filters. */
    public record Series(String metric, String granularity, String zone, String sector) {
        Predicate<IndustryRecord> filter() {
            return r -> (zone == null || zone.equals(r.zoneId())) && (sector == null || sector.equals(r.sector().name()));
        }
    }

    /** Every series the reports hold: all metrics and granularities, then per zone (quarters) and per sector (years). */
    public static List<Series> series() {
        List<Series> all = new ArrayList<>();
        for (String m : METRICS) {
            for (String g : GRANULARITIES) {
                all.add(new Series(m, g, null, null));
            }
            ZONES.forEach(z -> all.add(new Series(m, "quarter", z, null)));
            SECTORS.forEach(s -> all.add(new Series(m, "year", null, s)));
        }
        return all;
    }

    // ---- request paths ----

    private String window(String sep) {
        if (from == null && to == null) {
            return "";
        }
        return sep + "from=" + from + "&to=" + to;
    }

    public String national() {
        return "/api/reports/national" + window("?");
    }

    public String zones() {
        return "/api/reports/zones" + window("?");
    }

    public String zone(String id) {
        return "/api/reports/zones/" + id + window("?");
    }

    public String sectors() {
        return "/api/reports/sectors" + window("?");
    }

    public String destinations(String zone, String sector) {
        String filter = zone != null ? "?zoneId=" + zone : sector != null ? "?sector=" + sector : "";
        return "/api/reports/destinations" + filter + window(filter.isEmpty() ? "?" : "&");
    }

    public String series(Series s) {
        return "/api/reports/timeseries?metric=" + s.metric() + "&granularity=" + s.granularity()
                + (s.zone() == null ? "" : "&zoneId=" + s.zone()) + (s.sector() == null ? "" : "&sector=" + s.sector())
                + window("&");
    }

    /** {@code report} (companies or products) of a zone, a sector or (both null) all. */
    public String analytics(String report, String zone, String sector) {
        return destinations(zone, sector).replace("/destinations", "/" + report);
    }

    public String records(String metric, int page, int size) {
        return "/api/reports/records?metric=" + metric + "&page=" + page + "&size=" + size + window("&");
    }

    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(national(), zones(), sectors(), destinations(null, null)));
        ZONES.forEach(z -> paths.add(zone(z)));
        ZONES.forEach(z -> paths.add(destinations(z, null)));
        SECTORS.forEach(s -> paths.add(destinations(null, s)));
        series().forEach(s -> paths.add(series(s)));
        if (from != null || to != null) { // companies, products and records: windowed only (names are shared)
            for (String report : List.of("companies", "products")) {
                paths.add(analytics(report, null, null));
                ZONES.forEach(z -> paths.add(analytics(report, z, null)));
                SECTORS.forEach(s -> paths.add(analytics(report, null, s)));
            }
            METRICS.forEach(m -> paths.add(records(m, 0, 500)));
            paths.add(records("production", 3, 7));
        }
        return paths;
    }

    /** The records answer as the oracle renders it: its total headers and rows. */
    public static JsonNode recordsAnswer(String path) {
        io.restassured.response.Response r = io.restassured.RestAssured.given().get(path);
        r.then().statusCode(200);
        com.fasterxml.jackson.databind.node.ObjectNode answer = ExactJson.MAPPER.createObjectNode()
                .put("X-Total-Count", r.header("X-Total-Count")).put("X-Total-Azn", r.header("X-Total-Azn"));
        answer.set("rows", ExactJson.read(r.asString()));
        return answer;
    }

    // ---- taking, computing, comparing ----

    /** The service's answers for the window (both null: no window). */
    public static Reports take(LocalDate from, LocalDate to) {
        Reports r = new Reports(from, to);
        for (String path : r.paths()) {
            r.answers.put(path, path.startsWith("/api/reports/records") ? recordsAnswer(path) : ExactJson.get(path));
        }
        return r;
    }

    /** The answers the contract requires for the window, from the oracle's records alone. */
    public static Reports expected(Oracle o, LocalDate from, LocalDate to) {
        Reports r = new Reports(from, to);
        Predicate<IndustryRecord> w = Oracle.within(from, to);
        r.render(ZONES, (zone, sector) -> o.group(w.and(new Series(null, null, zone, sector).filter())),
                s -> o.series(s.metric(), s.granularity(), s.filter(), from, to));
        AnalyticsOracle a = new AnalyticsOracle(o.live());
        for (String report : List.of("companies", "products")) {
            java.util.function.BiConsumer<String, String> put = (zone, sector) -> {
                Predicate<IndustryRecord> f = w.and(new Series(null, null, zone, sector).filter());
                r.answers.put(r.analytics(report, zone, sector), report.equals("companies") ? a.companies(f) : a.products(f));
            };
            put.accept(null, null);
            ZONES.forEach(z -> put.accept(z, null));
            SECTORS.forEach(s -> put.accept(null, s));
        }
        METRICS.forEach(m -> r.answers.put(r.records(m, 0, 500),
                AnalyticsOracle.recordsAnswer(a.records(Oracle.kind(m), w), 0, 500)));
        r.answers.put(r.records("production", 3, 7),
                AnalyticsOracle.recordsAnswer(a.records(Oracle.kind("production"), w), 3, 7));
        return r;
    }

    /** These (unwindowed) answers with the oracle's records added: what the service must answer afterwards. */
    public Reports plus(Oracle o) {
        if (from != null || to != null) {
            throw new IllegalStateException("only unwindowed reports add up");
        }
        Reports r = new Reports(null, null);
        List<String> zoneOrder = new ArrayList<>();
        answers.get(zones()).forEach(z -> zoneOrder.add(z.get("zoneId").asText()));
        r.render(zoneOrder, (zone, sector) -> {
            JsonNode report = zone != null ? answers.get(zone(zone))
                    : sector != null ? find(answers.get(sectors()), "sector", sector) : answers.get(national());
            return Oracle.Group.read(report, answers.get(destinations(zone, sector)))
                    .plus(o.group(new Series(null, null, zone, sector).filter()));
        }, s -> {
            Map<java.time.LocalDate, Oracle.Block> sums = Oracle.plus(Oracle.periods(s.granularity(), answers.get(series(s))),
                    o.periods(s.metric(), s.granularity(), s.filter()));
            return Oracle.series(s.granularity(), sums, sums);
        });
        return r;
    }

    /** Asserts every answer of {@code actual} equals this one field by field, skipping {@code ignored} fields. */
    public void assertMatch(Reports actual, Set<String> ignored) {
        org.junit.jupiter.api.Assertions.assertEquals(answers.keySet(), actual.answers.keySet());
        answers.forEach((path, expected) -> ExactJson.assertSame(path, expected, actual.answers.get(path), ignored));
    }

    /** Group sums for a zone and/or sector filter (both null: national). */
    private interface Groups {
        Oracle.Group of(String zone, String sector);
    }

    /** A series answer for a request. */
    private interface SeriesAnswers {
        ArrayNode of(Series s);
    }

    private void render(List<String> zoneOrder, Groups groups, SeriesAnswers seriesAnswers) {
        answers.put(national(), Oracle.national(groups.of(null, null), from, to));
        ArrayNode zones = ExactJson.MAPPER.createArrayNode();
        zoneOrder.forEach(z -> zones.add(Oracle.zone(z, groups.of(z, null))));
        answers.put(zones(), zones);
        ArrayNode sectors = ExactJson.MAPPER.createArrayNode();
        SECTORS.forEach(s -> sectors.add(Oracle.sector(s, groups.of(null, s))));
        answers.put(sectors(), sectors);
        answers.put(destinations(null, null), Oracle.destinations(groups.of(null, null)));
        ZONES.forEach(z -> answers.put(zone(z), Oracle.zone(z, groups.of(z, null))));
        ZONES.forEach(z -> answers.put(destinations(z, null), Oracle.destinations(groups.of(z, null))));
        SECTORS.forEach(s -> answers.put(destinations(null, s), Oracle.destinations(groups.of(null, s))));
        series().forEach(s -> answers.put(series(s), seriesAnswers.of(s)));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }
}
