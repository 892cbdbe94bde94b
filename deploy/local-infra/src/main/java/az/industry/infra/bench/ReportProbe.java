package az.industry.infra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import az.industry.contracts.security.RoleNames;

/** Measures 201 → report under load: a probe client posts one record at a time and polls the report until it counts it. */
final class ReportProbe implements AutoCloseable {

    static final int POLL_MILLIS = 10;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;
    private final PlatformApi api;
    private final CreatedRecords created;
    private final String runId;
    private final Latencies latencies = new Latencies();
    private volatile boolean running = true;
    private int notSeen;
    private int refused;
    private final Thread thread;

    ReportProbe(PlatformApi api, CreatedRecords created, String runId) {
        this.api = api;
        this.created = created;
        this.runId = runId;
        this.thread = new Thread(this::run, "bench-probe");
        thread.setDaemon(true);
    }

    /**
     * Starts the probe: it posts one probe record at a time (dated {@link BenchRecords#PROBE_ON}, a date no other record has,
     * round-robin over the three services) and, from its 201, polls {@code GET /api/reports/national?from=&to=} that date
     * every {@value #POLL_MILLIS} ms until the report counts it. The time is from the 201 until the answer that counts it
     * (an upper bound, at most one poll late), per record, exact.
     */
    ReportProbe start() {
        thread.start();
        return this;
    }

    private void run() {
        String query = "/api/reports/national?from=" + BenchRecords.PROBE_ON + "&to=" + BenchRecords.PROBE_ON;
        byte[] report = api.get("reporting", query, RoleNames.MANAGER);
        RawHttp reporting = new RawHttp("127.0.0.1", api.port("reporting"));
        Map<String, RawHttp> writers = new HashMap<>();
        List<PlatformApi.PreparedPost> posts = WriteService.ALL.stream().map(s -> api.post(s.name(), s.path(), s.role(),
                "application/json", BenchRecords.json(BenchRecords.marked(s, BenchRecords.PROBE_ON))
                        .getBytes(StandardCharsets.UTF_8))).toList();
        try {
            for (long n = 0; running; n++) {
                int i = (int) (n % WriteService.ALL.size());
                WriteService service = WriteService.ALL.get(i);
                PlatformApi.PreparedPost post = posts.get(i);
                RawHttp writer = writers.computeIfAbsent(service.name(), s -> new RawHttp("127.0.0.1", post.port()));
                long before = count(reporting.exchange(report), service.section());
                RawHttp.Response answer = writer.exchange(post.withKey("bench-" + runId + "-probe-" + n));
                long acknowledged = System.nanoTime();
                if (answer.status() != 201) {
                    refused++;
                    Thread.sleep(100);
                    continue;
                }
                created.addFromAnswer(service.name(), answer.body());
                for (;;) {
                    long polled = System.nanoTime();
                    long now = count(reporting.exchange(report), service.section());
                    if (now > before) {
                        latencies.add(System.nanoTime() - acknowledged);
                        break;
                    }
                    if (polled - acknowledged > GIVE_UP_NANOS) {
                        notSeen++;
                        break;
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (IOException e) {
            System.out.println("probe     stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reporting.close();
            writers.values().forEach(RawHttp::close);
        }
    }

    private static long count(RawHttp.Response report, String section) {
        if (report.status() != 200) {
            throw new IllegalStateException("national report: HTTP " + report.status() + " " + report.text());
        }
        return PlatformApi.read(report.body()).path(section).path("count").asLong();
    }

    /** Stops after the probe in flight and returns the measured times (nanoseconds). */
    Latencies stop() {
        running = false;
        try {
            thread.join(GIVE_UP_NANOS / 1_000_000 + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return latencies;
    }

    /** Probes the report did not count within 30 s, and probes a service did not answer 201. */
    String misses() {
        return notSeen + " not counted within 30 s, " + refused + " refused";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
