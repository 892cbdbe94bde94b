package az.industry.e2e.crash;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import az.industry.e2e.crash.AckedWrites.Acked;
import az.industry.e2e.crash.AckedWrites.Kind;

/**
 * Writers that post steadily, single records and batches of five to each write service, each request with
 * its own Idempotency-Key; a request whose outcome they could not see (connection lost, timeout, 503) is sent
 * again with the same key until it is answered. Every answer they did not expect is kept for the test to fail on.
 */
final class SteadyWriters {

    static final int BATCH = 5;
    static final List<String> ZONES = List.of("sumgayit-chemical-industrial-park", "ganja-industrial-park",
            "garadagh-industrial-park", "masalli-industrial-quarter");
    static final List<String> SECTORS = List.of("AUTOMOTIVE", "CHEMICAL", "METALLURGY", "FOOD_PROCESSING");
    static final List<String> COUNTRIES = List.of("IT", "TR", "DE", "GE", "CN");
    static final List<String[]> PRODUCTS = List.of(new String[] {"Polypropylene", "t"},
            new String[] {"Light trucks", "vehicles"}, new String[] {"Rebar", "t"});
    static final BigDecimal USD = new BigDecimal("1.70");
    /** Pause of each writer between an answer and its next request. */
    static final Duration PACE = Duration.ofMillis(200);

    /** Where one kind of record is posted, and with whose token. */
    record Target(Kind kind, String url, String token) {
    }

    private final AckedWrites ledger;
    private final List<Target> targets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(6);
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();

    SteadyWriters(AckedWrites ledger, List<Target> targets) {
        this.ledger = ledger;
        this.targets = targets;
    }

    /**
     * Starts one single-record writer and one batch writer per target, each sending its next request
     * {@link #PACE} after the last one was answered (a steady load that leaves the two cores room to restart).
     */
    void start() {
        for (Target target : targets) {
            for (boolean batch : new boolean[] {false, true}) {
                Writer writer = new Writer(target.kind().name().toLowerCase() + (batch ? "-batch" : "-single"), target, batch);
                pool.scheduleWithFixedDelay(writer, 0, PACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Stops posting; each writer first sees its last request answered, so no outcome stays unknown. */
    void stop() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            unexpected.add("a writer still had an unanswered request 5 minutes after the stop");
        }
    }

    /** Records acknowledged (a batch counts its rows). */
    long acknowledged() {
        return acknowledged.get();
    }

    /** Requests sent again with the same key because their outcome could not be seen. */
    long retries() {
        return retries.get();
    }

    /** Of the retries, the ones answered 503 (the honest answer while a database or service restarts). */
    long unavailable() {
        return unavailable.get();
    }

    /** Answers no writer expected (a 5xx but 503, a 4xx, a body without ids); empty when all went well. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** One writer: each run sends its next request until it is answered. */
    private final class Writer implements Runnable {
        private final String name;
        private final Target target;
        private final boolean batch;
        private final Random random;
        private long n;

        Writer(String name, Target target, boolean batch) {
            this.name = name;
            this.target = target;
            this.batch = batch;
            this.random = new Random(name.hashCode());
        }

        @Override
        public void run() {
            List<Acked> records = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < (batch ? BATCH : 1); i++) {
                bodies.add(body(target.kind(), random, records));
            }
            String key = name + "-" + n++;
            String body = batch ? "[" + String.join(",", bodies) + "]" : bodies.get(0);
            String url = target.url() + (batch ? "/batch" : "");
            try {
                await().atMost(Duration.ofMinutes(4)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                        .until(() -> attempt(url, key, body, target.token(), records));
            } catch (RuntimeException e) {
                unexpected.add(key + ": not answered in 4 minutes: " + e.getMessage());
                throw e; // this writer stops
            }
        }
    }

    /** One try of {@code key}: true once the write is answered (acknowledged or refused for good). */
    private boolean attempt(String url, String key, String body, String token, List<Acked> records) {
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            retries.incrementAndGet(); // refused, reset or timed out: the outcome is unknown
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        if (r.statusCode() == 503) {
            retries.incrementAndGet();
            unavailable.incrementAndGet();
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                unexpected.add(key + ": 503 without problem+json: " + r.body());
            }
            return false;
        }
        if (r.statusCode() != 201 || !r.body().contains("\"id")) {
            unexpected.add(key + ": " + r.statusCode() + " " + r.body());
            return true;
        }
        if (ledger.acknowledge(key, records)) {
            acknowledged.addAndGet(records.size());
        }
        return true;
    }

    /** A valid record of {@code kind} as JSON; what the reports must count of it is added to {@code records}. */
    private static String body(Kind kind, Random random, List<Acked> records) {
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(10_000_000), 2);
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600));
        return switch (kind) {
            case INVESTMENT -> {
                long jobs = random.nextInt(40);
                String investor = "Crash Investor " + random.nextInt(6);
                records.add(new Acked(kind, zone, sector, investor, null, null, null, null, amount, jobs));
                yield """
                        {"zoneId":"%s","investor":"%s","sector":"%s","amount":%s,"currency":"AZN","investedOn":"%s","jobsCreated":%d}"""
                        .formatted(zone, investor, sector, amount.toPlainString(), date, jobs);
            }
            case PRODUCTION -> {
                String[] product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
                BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(50_000), 1);
                String producer = "Crash Producer " + random.nextInt(6);
                records.add(new Acked(kind, zone, sector, producer, null, product[0], product[1], quantity, amount, 0));
                yield """
                        {"zoneId":"%s","producer":"%s","sector":"%s","product":"%s","quantity":%s,"unit":"%s","value":%s,"currency":"AZN","producedOn":"%s"}"""
                        .formatted(zone, producer, sector, product[0], quantity.toPlainString(), product[1],
                                amount.toPlainString(), date);
            }
            case EXPORT -> {
                String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                boolean usd = random.nextBoolean();
                BigDecimal azn = usd ? amount.multiply(USD).setScale(2, RoundingMode.HALF_EVEN) : amount;
                String exporter = "Crash Exporter " + random.nextInt(6);
                records.add(new Acked(kind, zone, sector, exporter, country, null, null, null, azn, 0));
                yield """
                        {"zoneId":"%s","exporter":"%s","sector":"%s","destinationCountry":"%s","hsCode":"3902","product":"Polypropylene","quantity":1.5,"unit":"t","value":%s,"currency":"%s","shippedOn":"%s"}"""
                        .formatted(zone, exporter, sector, country, amount.toPlainString(), usd ? "USD" : "AZN", date);
            }
        };
    }
}
