package az.industry.infra;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.demo.PublishedFigures;
import az.industry.demo.Scenario;

/**
 * {@code ./platform demo}: posts the published-figures scenario through the public APIs, each record with its
 * {@code ref} as {@code Idempotency-Key} (so a second run records nothing new), then prints the headline
 * figures from the reports API.
 */
public final class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, String> tokens;
    private final Function<String, Integer> ports;

    /** {@code tokens}: role → bearer token (operators and exporters scoped to every zone); {@code ports}: service → port. */
    public DemoLoader(Function<String, String> tokens, Function<String, Integer> ports) {
        this.tokens = tokens;
        this.ports = ports;
    }

    /** Every zone id, for the operator's and exporter's {@code zones} claim. */
    public static List<String> allZones() {
        return ZoneCatalogue.defaults().all().stream().map(Zone::id).toList();
    }

    public void run() {
        Scenario scenario = Scenario.load();
        post("investments", "investment", "investment-officer", "/api/investments",
                scenario.investments(), Scenario.Investment::ref, Scenario.Investment::body);
        post("production", "production", "operator", "/api/production",
                scenario.production(), Scenario.Production::ref, Scenario.Production::body);
        post("exports", "export", "exporter", "/api/exports",
                scenario.exports(), Scenario.Export::ref, Scenario.Export::body);
        awaitReportsCaughtUp(scenario.investments().size() + scenario.production().size() + scenario.exports().size());
        printHeadlines();
    }

    private <T> void post(String label, String service, String role, String path, List<T> rows,
            Function<T, String> ref, Function<T, Object> body) {
        String url = "http://127.0.0.1:" + ports.apply(service) + path;
        String token = tokens.apply(role);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger replayed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T row : rows) {
                futures.add(pool.submit(() -> {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .header("Idempotency-Key", "demo-" + ref.apply(row))
                            .POST(HttpRequest.BodyPublishers.ofString(Scenario.toJson(body.apply(row)))));
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        throw new IllegalStateException(path + " " + ref.apply(row) + ": HTTP " + r.statusCode() + " " + r.body());
                    }
                    if (r.headers().firstValue("Idempotency-Replayed").map("true"::equalsIgnoreCase).orElse(false)) {
                        replayed.incrementAndGet();
                    }
                    int n = done.incrementAndGet();
                    if (n % 50 == 0 || n == rows.size()) {
                        System.out.printf("\r%-12s %5d/%d", label, n, rows.size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            System.out.println(replayed.get() == 0 ? "" : "  (" + replayed.get() + " already loaded: nothing new recorded for them)");
        } catch (Exception e) {
            throw new IllegalStateException("loading " + label + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitReportsCaughtUp(int minimumEvents) {
        Wait.until("the reports to apply the scenario", Duration.ofMinutes(5), Duration.ofMillis(500), () -> {
            JsonNode national = get("/api/reports/national");
            return national.get("eventsApplied").asLong() >= minimumEvents;
        });
        // the outboxes may still hold the tail: wait until two reads a moment apart agree
        Wait.until("the reports to settle", Duration.ofMinutes(5), Duration.ofMillis(1000), new java.util.function.BooleanSupplier() {
            long last = -1;

            @Override
            public boolean getAsBoolean() {
                long now = get("/api/reports/national").get("eventsApplied").asLong();
                boolean settled = now == last;
                last = now;
                return settled;
            }
        });
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
        System.out.println("Dashboard: http://localhost:" + ports.apply("reporting") + "/  (./platform dashboard prints a link that signs you in)");
    }

    /** "3,761 vehicles (Light trucks) worth 107,500,000.00 AZN": a zone's 2024 output counted in {@code unit}. */
    private String output(String zone, String unit) {
        JsonNode products = get("/api/reports/products?zoneId=" + zone + "&from=2024-01-01&to=2024-12-31");
        for (JsonNode p : products) {
            if (unit.equals(p.path("unit").asText())) {
                BigDecimal q = p.get("quantity").decimalValue();
                String quantity = q.scale() <= 0 ? String.format(java.util.Locale.ROOT, "%,d", q.toBigInteger())
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
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    private JsonNode get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.apply("reporting") + path))
                .header("Authorization", "Bearer " + tokens.apply("manager")).GET());
        if (r.statusCode() != 200) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("platform not reachable (is it up?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
