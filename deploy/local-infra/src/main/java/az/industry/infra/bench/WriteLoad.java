package az.industry.infra.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** The write load: single-record POSTs, 1,000-record batch imports (JSON or CSV) and {@code --big}, each request with its own key. */
final class WriteLoad {

    static final int BATCH_ROWS = 1000;

    /** A write run: the generator's result and the records the services stored (201s, batch rows counted). */
    record Outcome(LoadGenerator.Result result, long records) {

        double perSecond() {
            return records / result.seconds();
        }
    }

    private final PlatformApi api;
    private final CreatedRecords created;
    private final String runId;
    /** Numbers the single POSTs' Idempotency-Keys across runs (the warm-up and the measured run never share a key). */
    private final AtomicLong singleKeys = new AtomicLong();

    WriteLoad(PlatformApi api, CreatedRecords created, String runId) {
        this.api = api;
        this.created = created;
        this.runId = runId;
    }

    /** Single-record POSTs of marked records for {@code seconds} on {@code connections} connections. */
    Outcome singles(int connections, double seconds) {
        return paced(connections, seconds, 0);
    }

    /**
     * As {@link #singles}, but at most {@code perSecond} POSTs a second (0: as fast as answered). Worker {@code i} talks to
     * write service {@code i mod 3} over its own keep-alive connection, every request with its own Idempotency-Key, as real
     * clients do.
     */
    Outcome paced(int connections, double seconds, double perSecond) {
        List<PlatformApi.PreparedPost> posts = new ArrayList<>();
        for (WriteService s : WriteService.ALL) {
            posts.add(api.post(s.name(), s.path(), s.role(), "application/json",
                    BenchRecords.json(BenchRecords.marked(s, BenchRecords.MARKED_ON)).getBytes(StandardCharsets.UTF_8)));
        }
        AtomicLong stored = new AtomicLong();
        LoadGenerator.Result result = LoadGenerator.run(connections, LoadGenerator.forSeconds(seconds, LoadGenerator.paced(perSecond, worker -> {
            int s = worker % WriteService.ALL.size();
            return new LoadGenerator.Request(posts.get(s).port(), posts.get(s).withKey("bench-" + runId + "-" + singleKeys.incrementAndGet()),
                    WriteService.ALL.get(s).name());
        })), (request, response) -> {
            if (response.status() == 201) {
                stored.incrementAndGet();
                created.addFromAnswer((String) request.tag(), response.body());
            }
        });
        return new Outcome(result, stored.get());
    }

    /**
     * Batches of {@value #BATCH_ROWS} marked records, as {@code csv} or JSON, on {@code connections} connections for
     * {@code seconds} or until {@code records} were sent, whichever comes first (the bench voids them one by one after).
     */
    Outcome batches(boolean csv, int connections, double seconds, long records) {
        List<PlatformApi.PreparedPost> posts = new ArrayList<>();
        for (WriteService s : WriteService.ALL) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < BATCH_ROWS; i++) {
                rows.add(BenchRecords.marked(s, BenchRecords.MARKED_ON));
            }
            String body = csv ? BenchRecords.csv(rows) : BenchRecords.json(rows);
            posts.add(api.post(s.name(), s.path() + "/batch", s.role(), csv ? "text/csv" : "application/json",
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        String kind = csv ? "csv" : "json";
        long batches = Math.max(1, (records + BATCH_ROWS - 1) / BATCH_ROWS);
        AtomicLong sequence = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        LoadGenerator.Result result = LoadGenerator.run(connections, LoadGenerator.forSeconds(seconds, worker -> {
            long n = sequence.incrementAndGet();
            if (n > batches) {
                return null;
            }
            int s = worker % WriteService.ALL.size();
            return new LoadGenerator.Request(posts.get(s).port(), posts.get(s).withKey("bench-" + runId + "-" + kind + "-" + n),
                    WriteService.ALL.get(s).name());
        }), (request, response) -> {
            if (response.status() == 201) {
                stored.addAndGet(created.addFromAnswer((String) request.tag(), response.body()));
            }
        });
        return new Outcome(result, stored.get());
    }

    /**
     * {@code --big}: {@code events} varied records (every zone and sector, ten years, 500 companies) in JSON batches of
     * {@value #BATCH_ROWS} on {@code connections} connections; not remembered for voiding. Prints progress every 10 %.
     */
    Outcome big(long events, int connections) {
        long batches = (events + BATCH_ROWS - 1) / BATCH_ROWS;
        AtomicLong next = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLongArray perService = new AtomicLongArray(WriteService.ALL.size());
        long start = System.nanoTime();
        LoadGenerator.Result result = LoadGenerator.run(connections, worker -> {
            long batch = next.getAndIncrement();
            if (batch >= batches) {
                return null;
            }
            int s = worker % WriteService.ALL.size();
            WriteService service = WriteService.ALL.get(s);
            List<Map<String, Object>> rows = new ArrayList<>(BATCH_ROWS);
            long first = batch * BATCH_ROWS;
            for (long n = first; n < Math.min(events, first + BATCH_ROWS); n++) {
                rows.add(BenchRecords.varied(service, n));
            }
            PlatformApi.PreparedPost post = api.post(service.name(), service.path() + "/batch", service.role(), "application/json",
                    BenchRecords.json(rows).getBytes(StandardCharsets.UTF_8));
            return new LoadGenerator.Request(post.port(), post.withKey("bench-" + runId + "-big-" + batch), s);
        }, (request, response) -> {
            if (response.status() == 201) {
                long count = PlatformApi.read(response.body()).path("count").asLong();
                perService.addAndGet((Integer) request.tag(), count);
                long total = stored.addAndGet(count);
                long tenth = Math.max(1, events / 10);
                if (total / tenth != (total - count) / tenth) {
                    System.out.printf(Locale.ROOT, "big       %,d of %,d events stored (%.0f records/s so far)%n", total, events,
                            total / ((System.nanoTime() - start) / 1e9));
                }
            } else {
                System.out.println("big       a batch was refused: HTTP " + response.status() + " " + response.text());
            }
        });
        return new Outcome(result, stored.get());
    }
}
