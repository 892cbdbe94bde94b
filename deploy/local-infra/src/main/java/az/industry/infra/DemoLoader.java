package az.industry.infra;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import az.industry.contracts.security.RoleNames;
import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.demo.PublishedFigures;
import az.industry.demo.Scenario;

/** {@code ./platform demo}: loads the published-figures scenario through the public batch endpoints and prints the headline figures. */
public final class DemoLoader {

    /** Rows per batch: the batch endpoints' limit. */
    static final int BATCH_SIZE = 1000;
    private final PlatformHttp api;

    /** {@code tokens}: role → bearer token (operators and exporters scoped to every zone); {@code ports}: service → port. */
    public DemoLoader(Function<String, String> tokens, Function<String, Integer> ports) {
        this.api = new PlatformHttp(ports, tokens);
    }

    /** Every zone id, for the operator's and exporter's {@code zones} claim. */
    public static List<String> allZones() {
        return ZoneCatalogue.defaults().all().stream().map(Zone::id).toList();
    }

    /** One batch to post: where, as whom, its key and its JSON array. */
    private record Batch(String label, String service, String path, String role, String key, int rows, String body) {
    }

    /** What the services answered for one batch: how many records it stored, whether the answer was a replay. */
    private record Loaded(Batch batch, int count, boolean replayed) {
    }

    /**
     * Posts the scenario through {@code POST .../batch} (JSON arrays of at most {@value #BATCH_SIZE} rows), each batch with
     * an {@code Idempotency-Key} derived from the {@code ref}s it holds (so a second run is answered by replays and records
     * nothing new), waits until the reports count what it recorded, then prints the headline figures from the reports API.
     */
    public void run() {
        Scenario scenario = Scenario.load();
        long eventsBefore = eventsApplied();
        List<Batch> batches = new ArrayList<>();
        batches.addAll(batches("investments", "investment", RoleNames.INVESTMENT_OFFICER, "/api/investments",
                scenario.investments(), Scenario.Investment::ref, Scenario.Investment::body));
        batches.addAll(batches("production", "production", RoleNames.OPERATOR, "/api/production",
                scenario.production(), Scenario.Production::ref, Scenario.Production::body));
        batches.addAll(batches("exports", "export", RoleNames.EXPORTER, "/api/exports",
                scenario.exports(), Scenario.Export::ref, Scenario.Export::body));
        long start = System.nanoTime();
        List<Loaded> loaded = postAll(batches);
        double postSeconds = (System.nanoTime() - start) / 1e9;
        int rows = batches.stream().mapToInt(Batch::rows).sum();
        int recorded = loaded.stream().filter(l -> !l.replayed()).mapToInt(Loaded::count).sum();
        int replayed = loaded.stream().filter(Loaded::replayed).mapToInt(Loaded::count).sum();
        for (Loaded l : loaded) {
            System.out.printf("%-12s %5d rows, key %s: %s%n", l.batch().label(), l.batch().rows(), l.batch().key(),
                    l.replayed() ? "already loaded (answer replayed, nothing new recorded)" : l.count() + " recorded");
        }
        // every recorded record is one event; the reports count them once each
        awaitEventsApplied(Math.max(eventsBefore + recorded, rows));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "loaded %d records in %d batches in %.1f s (%d new, %d already loaded);"
                + " the reports counted them %.1f s after the first POST%n", rows, batches.size(), postSeconds, recorded,
                replayed, seconds);
        printHeadlines();
    }

    /**
     * {@code rows} cut into batches of {@value #BATCH_SIZE} in the scenario's order; each batch's key is
     * {@code demo-<label>-<the first 16 hex digits of the SHA-256 of its refs>}, the same on every run.
     */
    private <T> List<Batch> batches(String label, String service, String role, String path, List<T> rows,
            Function<T, String> ref, Function<T, Object> body) {
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<T> slice = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
            String key = "demo-" + label + "-" + sha256(slice.stream().map(ref).collect(Collectors.joining("\n"))).substring(0, 16);
            batches.add(new Batch(label, service, path + "/batch", role, key, slice.size(), Scenario.toJson(slice.stream().map(body).toList())));
        }
        return batches;
    }

    /** Posts every batch at once (there are a handful) and returns the answers in the batches' order. */
    private List<Loaded> postAll(List<Batch> batches) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, batches.size()));
        try {
            List<Future<Loaded>> futures = new ArrayList<>();
            for (Batch batch : batches) {
                futures.add(pool.submit(() -> post(batch)));
            }
            List<Loaded> loaded = new ArrayList<>();
            for (Future<Loaded> f : futures) {
                loaded.add(f.get());
            }
            return loaded;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Loaded post(Batch batch) {
        HttpResponse<String> r = api.post(batch.service(), batch.path(), batch.role(), batch.key(), batch.body());
        if (r.statusCode() == 409) {
            throw new IllegalStateException("loading " + batch.label() + " failed: key " + batch.key()
                    + " was used before with other rows (was the scenario changed after an earlier ./platform demo?): " + r.body());
        }
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("loading " + batch.label() + " failed: HTTP " + r.statusCode() + " " + r.body());
        }
        boolean replayed = r.headers().firstValue("Idempotency-Replayed").map("true"::equalsIgnoreCase).orElse(false);
        return new Loaded(batch, PlatformHttp.read(r.body()).path("count").asInt(batch.rows()), replayed);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long eventsApplied() {
        return get("/api/reports/national").path("eventsApplied").asLong(0);
    }

    /** Waits until the national report has applied at least {@code events} events (its {@code eventsApplied}). */
    private void awaitEventsApplied(long events) {
        Wait.until("the reports to apply the scenario", Duration.ofMinutes(5), Duration.ofMillis(50),
                () -> eventsApplied() >= events);
    }

    private void printHeadlines() {
        String cut = "?to=" + PublishedFigures.CUT_OFF;
        JsonNode n = get("/api/reports/national" + cut);
        JsonNode scip = get("/api/reports/zones/" + PublishedFigures.SCIP + "?from=" + PublishedFigures.SINCE + "&to="
                + PublishedFigures.CUT_OFF);
        System.out.println();
        System.out.println("Published figures, reproduced from the reports API (through " + PublishedFigures.CUT_OFF + "):");
        System.out.printf("  investment     %s AZN (%s USD), %d permanent jobs%n", money(n.at("/investment/totalAzn")),
                money(n.at("/investment/totalUsd")), n.at("/investment/jobsCreated").asLong());
        System.out.printf("  production     %s AZN (%s USD)%n", money(n.at("/production/totalAzn")),
                money(n.at("/production/totalUsd")));
        System.out.printf("  exports        %s AZN to %d countries%n", money(n.at("/exports/totalAzn")),
                n.at("/exports/destinationCountries").asLong());
        System.out.printf("  Sumgayit CIP   investment %s, production %s, exports %s AZN (%s %% exported)%n",
                money(scip.at("/investment/totalAzn")), money(scip.at("/production/totalAzn")),
                money(scip.at("/exports/totalAzn")),
                scip.get("exportShare").decimalValue().movePointRight(2).stripTrailingZeros().toPlainString());
        JsonNode quarters = get("/api/reports/timeseries?metric=production&granularity=quarter&zoneId=" + PublishedFigures.SCIP);
        JsonNode exportQuarters = get("/api/reports/timeseries?metric=exports&granularity=quarter&zoneId=" + PublishedFigures.SCIP);
        System.out.printf("  Sumgayit CIP   Q1 2025 vs Q1 2024: production %s, exports %s%n",
                growth(quarters, "2025-Q1"), growth(exportQuarters, "2025-Q1"));
        JsonNode companies = get("/api/reports/companies?limit=1&zoneId=" + PublishedFigures.SCIP + cut.replace('?', '&'));
        System.out.printf("  Sumgayit CIP   %s companies (investors, producers, exporters)%n",
                companies.has("count") ? companies.get("count").asText() : "n/a");
        System.out.printf("  Ganja IP       2024: %s%n", output(PublishedFigures.GANJA, PublishedFigures.GANJA_2024_UNIT));
        System.out.printf("  Neftchala IQ   2024: %s%n", output(PublishedFigures.NEFTCHALA, PublishedFigures.NEFTCHALA_2024_UNIT));
        System.out.println("Web app: http://localhost:" + api.port("web") + "/  (./platform dashboard prints a link that signs you in)");
    }

    /** "3,761 vehicles (Light trucks) worth 107,500,000.00 AZN": a zone's 2024 output counted in {@code unit}. */
    private String output(String zone, String unit) {
        JsonNode products = get("/api/reports/products?zoneId=" + zone + "&from=2024-01-01&to=2024-12-31");
        for (JsonNode p : products) {
            if (unit.equals(p.path("unit").asText())) {
                BigDecimal q = p.get("quantity").decimalValue();
                String quantity = q.scale() <= 0 ? String.format(Locale.ROOT, "%,d", q.toBigInteger())
                        : q.toPlainString();
                return quantity + " " + unit + " (" + p.get("product").asText() + ") worth " + money(p.get("totalAzn"))
                        + " AZN";
            }
        }
        return "n/a";
    }

    private static String growth(JsonNode series, String period) {
        if (series == null || !series.isArray()) {
            return "n/a";
        }
        for (JsonNode p : series) {
            if (period.equals(p.path("period").asText()) && p.hasNonNull("growth")) {
                return "+" + p.get("growth").decimalValue().movePointRight(2).stripTrailingZeros().toPlainString() + " %";
            }
        }
        return "n/a";
    }

    private static String money(JsonNode value) {
        BigDecimal v = value.decimalValue();
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** A report as a manager; a missing one (not 200) reads as JSON null. */
    private JsonNode get(String path) {
        HttpResponse<String> r = api.get("reporting", path, RoleNames.MANAGER);
        return r.statusCode() == 200 ? PlatformHttp.read(r.body()) : NullNode.getInstance();
    }
}
