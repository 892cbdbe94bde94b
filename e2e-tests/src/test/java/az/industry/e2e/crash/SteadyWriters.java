package az.industry.e2e.crash;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writers that post steadily to the three write services (single records, and every fifth time a batch of five), each
 * request with its own Idempotency-Key; a request whose outcome they could not see (no answer, 5xx, 503) is sent again
 * with the same key until it is answered 201, as a careful client does. Every 201 goes to the {@link AckedWrites}.
 */
final class SteadyWriters implements AutoCloseable {

    static final List<String> ZONES = List.of("sumgayit-chemical-industrial-park", "ganja-industrial-park", "pirallahi-industrial-park",
            "balakhani-industrial-park");
    static final List<String> SECTORS = List.of("CHEMICAL", "AUTOMOTIVE", "ENERGY", "FOOD_PROCESSING");
    static final List<String> COMPANIES = List.of("Crash Polymer", "Crash Motors", "crash motors ", "Crash Foods", "Crash Energy");
    static final List<String> PRODUCTS = List.of("Polypropylene", "Light trucks", "Juice");
    static final List<String> COUNTRIES = List.of("IT", "TR", "GE", "DE");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] KINDS = { "investment", "production", "exports" };

    private final Map<String, Integer> ports;
    private final String token;
    private final AckedWrites acked;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong retries = new AtomicLong();
    private volatile boolean running = true;

    /** {@code ports}: kind (investment, production, exports) → its write service's port. */
    SteadyWriters(Map<String, Integer> ports, String adminToken, AckedWrites acked) {
        this.ports = ports;
        this.token = adminToken;
        this.acked = acked;
    }

    SteadyWriters start(int writers) {
        for (int i = 0; i < writers; i++) {
            int writer = i;
            Thread t = new Thread(() -> write(writer), "crash-writer-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        return this;
    }

    /** Requests sent again (same key) after an unseen outcome. */
    long retries() {
        return retries.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(4).toMillis());
        }
    }

    private void write(int writer) {
        Random random = new Random(writer * 7919L);
        long n = 0;
        while (running) {
            n++;
            String kind = KINDS[(int) ((writer + n) % KINDS.length)];
            int records = n % 5 == 0 ? 5 : 1;
            List<AckedWrites.Write> writes = new ArrayList<>();
            List<Map<String, Object>> bodies = new ArrayList<>();
            for (int r = 0; r < records; r++) {
                AckedWrites.Write w = next(kind, random);
                writes.add(w);
                bodies.add(body(w));
            }
            String key = "crash-" + writer + "-" + n;
            try {
                JsonNode answer = postUntilAnswered(kind, records > 1, records > 1 ? bodies : bodies.get(0), key);
                if (records > 1) {
                    for (int r = 0; r < records; r++) {
                        acked.ack(answer.path("ids").get(r).asText(), writes.get(r));
                    }
                } else {
                    acked.ack(answer.path("id").asText(), writes.get(0));
                }
            } catch (RuntimeException | AssertionError e) {
                errors.add(key + ": " + e);
                return;
            }
        }
    }

    /** The 201 answer of a POST, sending it again with the same key while its outcome is unseen. */
    private JsonNode postUntilAnswered(String kind, boolean batch, Object body, String key) {
        String path = switch (kind) {
            case "investment" -> "/api/investments";
            case "production" -> "/api/production";
            default -> "/api/exports";
        } + (batch ? "/batch" : "");
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(kind) + path))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        JsonNode[] answer = new JsonNode[1];
        AtomicLong attempts = new AtomicLong();
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).atMost(Duration.ofMinutes(5)).until(() -> {
            if (attempts.incrementAndGet() > 1) {
                retries.incrementAndGet();
            }
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    answer[0] = JSON.readTree(r.body());
                    return true;
                }
                if (r.statusCode() >= 400 && r.statusCode() < 500 && r.statusCode() != 409 && r.statusCode() != 429) {
                    throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
                }
            } catch (IOException e) {
                // no answer seen (the service is down or restarting): send it again with the same key
            }
            return false; // even once stopped: a write whose outcome is unseen is resolved before the writer stops
        });
        return answer[0];
    }

    private static AckedWrites.Write next(String kind, Random random) {
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        String company = COMPANIES.get(random.nextInt(COMPANIES.size()));
        BigDecimal azn = BigDecimal.valueOf(100 + random.nextInt(999_900), 2);
        return switch (kind) {
            case "investment" -> new AckedWrites.Write(kind, zone, sector, company, null, null, null, null, azn, random.nextInt(50));
            case "production" -> {
                int p = random.nextInt(PRODUCTS.size());
                yield new AckedWrites.Write(kind, zone, sector, company, PRODUCTS.get(p), p == 1 ? "vehicles" : "t",
                        BigDecimal.valueOf(1 + random.nextInt(10_000), 1), null, azn, 0);
            }
            default -> new AckedWrites.Write(kind, zone, sector, company, PRODUCTS.get(random.nextInt(PRODUCTS.size())), "t",
                    BigDecimal.valueOf(1 + random.nextInt(10_000), 1), COUNTRIES.get(random.nextInt(COUNTRIES.size())), azn, 0);
        };
    }

    /** Dated 2019, which nothing else in the suite's fresh installation uses. */
    private static Map<String, Object> body(AckedWrites.Write w) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("zoneId", w.zoneId());
        b.put("sector", w.sector());
        String on = LocalDate.of(2019, 1, 1).plusDays(Math.floorMod(w.azn().hashCode(), 360)).toString();
        switch (w.kind()) {
            case "investment" -> {
                b.put("investor", w.company());
                b.put("amount", w.azn());
                b.put("currency", "AZN");
                b.put("investedOn", on);
                b.put("jobsCreated", w.jobs());
            }
            case "production" -> {
                b.put("producer", w.company());
                b.put("product", w.product());
                b.put("quantity", w.quantity());
                b.put("unit", w.unit());
                b.put("value", w.azn());
                b.put("currency", "AZN");
                b.put("producedOn", on);
            }
            default -> {
                b.put("exporter", w.company());
                b.put("destinationCountry", w.country());
                b.put("hsCode", "3902");
                b.put("product", w.product());
                b.put("quantity", w.quantity());
                b.put("unit", w.unit());
                b.put("value", w.azn());
                b.put("currency", "AZN");
                b.put("shippedOn", on);
            }
        }
        return b;
    }
}
