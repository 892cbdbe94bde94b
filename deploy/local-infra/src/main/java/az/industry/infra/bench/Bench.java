package az.industry.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./platform bench}: prints figures for the running platform with the machine and a baseline measured
 * in the same run: a bare Kafka produce→consume round trip on the same broker, then POST → national report
 * latency and concurrent POST throughput through the real services. Bounded in count and time; loopback only.
 * Afterwards it voids every record it created and checks that the national report is back to its figures.
 */
public final class Bench {

    private static final String PRODUCTION_BODY = "{\"zoneId\": \"hajigabul-industrial-park\", \"producer\": \"Bench LLC\", "
            + "\"sector\": \"OTHER\", \"product\": \"bench\", \"quantity\": 1, \"unit\": \"pcs\", \"value\": 0.01, "
            + "\"currency\": \"AZN\", \"producedOn\": \"2011-01-01\"}";

    /** A write service as the bench drives it: its endpoint, the role that may post, its report section, a body. */
    private record WriteService(String name, String path, String role, String section, String body) {
    }

    private static final List<WriteService> SERVICES = List.of(
            new WriteService("investment", "/api/investments", "investment-officer", "investment",
                    "{\"zoneId\": \"hajigabul-industrial-park\", \"investor\": \"Bench LLC\", \"sector\": \"OTHER\", "
                            + "\"amount\": 0.01, \"currency\": \"AZN\", \"investedOn\": \"2011-01-01\", \"jobsCreated\": 0}"),
            new WriteService("production", "/api/production", "operator", "production", PRODUCTION_BODY),
            new WriteService("export", "/api/exports", "exporter", "exports",
                    "{\"zoneId\": \"hajigabul-industrial-park\", \"exporter\": \"Bench LLC\", \"sector\": \"OTHER\", "
                            + "\"destinationCountry\": \"IT\", \"hsCode\": \"3902\", \"product\": \"bench\", \"quantity\": 1, "
                            + "\"unit\": \"pcs\", \"value\": 0.01, \"currency\": \"AZN\", \"shippedOn\": \"2011-01-01\"}"));
    private static final Map<String, Pattern> SECTION_COUNTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A record the bench created: its URL and the role that may void it. */
    private record Created(String url, String role) {
    }

    /** Every record the bench created, voided again by {@link #cleanUp}. */
    private final java.util.Queue<Created> created = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final String kafka;
    private final Function<String, Integer> ports;
    private final Function<String, String> tokens;

    public Bench(String kafka, Function<String, Integer> ports, Function<String, String> tokens) {
        this.kafka = kafka;
        this.ports = ports;
        this.tokens = tokens;
    }

    public void run(int samples, int throughputSeconds) throws Exception {
        String before = nationalFigures();
        System.out.printf("machine: %d cores, %d MiB max heap for this JVM, %s %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.println("platform  first POST to each write service -> report shows it (cold right after a fresh up), ms: "
                + firstPosts());
        System.out.println("baseline  kafka produce->consume round trip (acks=all), ms: " + summary(kafkaRoundTrips(samples)));
        System.out.println("platform  POST /api/production -> GET /api/reports/national shows it, ms: " + summary(postToReport(samples)));
        throughput(throughputSeconds, 8);
        cleanUp(before, 8);
    }

    /**
     * Voids every record the bench created (as many clients as the throughput run) and waits until the national
     * report is back to {@code before}, so a bench leaves the platform's figures as it found them.
     */
    private void cleanUp(String before, int clients) throws Exception {
        int records = created.size();
        AtomicInteger voided = new AtomicInteger();
        long start = System.nanoTime();
        concurrently(clients, () -> {
            for (Created record = created.poll(); record != null; record = created.poll()) {
                if (send(post(record.url() + "/void", record.role(), "{\"reason\": \"./platform bench record\"}"))
                        .statusCode() == 200) {
                    voided.incrementAndGet();
                }
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        boolean back;
        try {
            Wait.until("the national report to be back to its figures before the bench", Duration.ofMinutes(2),
                    Duration.ofMillis(50), () -> nationalFigures().equals(before));
            back = true;
        } catch (RuntimeException e) {
            back = false;
        }
        System.out.printf("cleanup   voided %d of %d bench records (%.0f voids/s); the national report is back to its figures"
                + " before the bench: %s%n", voided.get(), records, voided.get() / elapsed,
                back ? "yes" : "NO (were other records written meanwhile?)");
    }

    /** The national report without its clock fields (asOf, eventsApplied): the figures only. */
    private String nationalFigures() {
        return national().replaceAll("\"(asOf|eventsApplied)\":(\"[^\"]*\"|\\d+)", "");
    }

    /** Sends a POST that creates a record; remembers the record for {@link #cleanUp}. */
    private HttpResponse<String> create(String url, String role, String body) {
        HttpResponse<String> r = send(post(url, role, body));
        if (r.statusCode() == 201) {
            Matcher id = ID.matcher(r.body());
            if (id.find()) {
                created.add(new Created(url + "/" + id.group(1), role));
            }
        }
        return r;
    }

    private List<Long> kafkaRoundTrips(int samples) {
        String topic = "bench.baseline.v1";
        KafkaBroker.createTopics(kafka, Map.of(topic, 1));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        List<Long> millis = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Wait.until("bench consumer assignment", Duration.ofSeconds(30), () -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            });
            for (int i = 0; i < samples; i++) {
                String marker = UUID.randomUUID().toString();
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, marker, marker));
                boolean seen = false;
                while (!seen && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
                    for (var r : consumer.poll(Duration.ofMillis(50))) {
                        seen |= marker.equals(r.value());
                    }
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        return millis;
    }

    private List<Long> postToReport(int samples) throws Exception {
        String post = "http://127.0.0.1:" + ports.apply("production") + "/api/production";
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long before = productionCount();
            long start = System.nanoTime();
            create(post, "operator", PRODUCTION_BODY);
            Wait.until("the report to show the bench record", Duration.ofSeconds(30), Duration.ofMillis(5),
                    () -> productionCount() > before);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    /** One POST to each write service, each timed until the national report counts it. */
    private String firstPosts() {
        List<String> figures = new ArrayList<>();
        for (WriteService service : SERVICES) {
            String url = "http://127.0.0.1:" + ports.apply(service.name()) + service.path();
            long before = count(service.section());
            long start = System.nanoTime();
            HttpResponse<String> answer = create(url, service.role(), service.body());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(service.name() + " refused the bench record: " + answer.body());
            }
            Wait.until("the report to show the " + service.name() + " record", Duration.ofSeconds(30), Duration.ofMillis(5),
                    () -> count(service.section()) > before);
            figures.add(service.name() + "=" + (System.nanoTime() - start) / 1_000_000);
        }
        return String.join(" ", figures);
    }

    private void throughput(int seconds, int clients) throws Exception {
        String url = "http://127.0.0.1:" + ports.apply("production") + "/api/production";
        long before = productionCount();
        AtomicInteger accepted = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        concurrently(clients, () -> {
            while (System.nanoTime() < deadline) {
                if (create(url, "operator", PRODUCTION_BODY).statusCode() == 201) {
                    accepted.incrementAndGet();
                }
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        long target = before + accepted.get();
        long caughtUpStart = System.nanoTime();
        Wait.until("the report to catch up", Duration.ofMinutes(5), Duration.ofMillis(20), () -> productionCount() >= target);
        System.out.printf("platform  %d clients, %d s: %d records accepted = %.0f POST/s; report caught up %d ms after the last 201%n",
                clients, seconds, accepted.get(), accepted.get() / elapsed, (System.nanoTime() - caughtUpStart) / 1_000_000);
    }

    /** Runs {@code work} on {@code clients} threads at once and returns when all are done. */
    private static void concurrently(int clients, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(work));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private HttpRequest.Builder post(String url, String role, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.apply(role)).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private long productionCount() {
        return count("production");
    }

    /** The national report's record count of one section (investment, production or exports). */
    private long count(String section) {
        String report = national();
        Matcher m = SECTION_COUNTS.computeIfAbsent(section,
                s -> Pattern.compile("\"" + s + "\":\\{[^}]*\"count\":(\\d+)")).matcher(report);
        if (!m.find()) {
            throw new IllegalStateException("unexpected report: " + report);
        }
        return Long.parseLong(m.group(1));
    }

    /** The body of GET /api/reports/national, read as a manager. */
    private String national() {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.apply("reporting")
                + "/api/reports/national")).header("Authorization", "Bearer " + tokens.apply("manager")).GET()).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("platform not reachable (is it up?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("n=%d min=%d p50=%d p95=%d max=%d", sorted.size(), sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                sorted.get(sorted.size() - 1));
    }
}
