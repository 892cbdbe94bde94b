package az.industry.infra.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import az.industry.infra.Wait;

/**
 * {@code ./platform bench [--big] [--restart] | --soak}: measures the running platform beside baselines taken in the same run
 * (PostgreSQL INSERT+commit/s, Kafka acks=all records/s and round trip, an authenticated GET without a database), prints
 * every figure with its baseline, ratio and target, writes the table into BENCHMARKS.md, and voids what it created.
 */
public final class Bench {

    private static final double MIB = 1024;
    private final BenchTarget target;
    private final BenchSettings settings;
    private final PlatformApi api;
    private final CreatedRecords created = new CreatedRecords();
    private final String runId = Long.toString(System.currentTimeMillis(), 36) + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final BenchReport report = new BenchReport();
    private Map<String, Long> initialCounts;
    private double restartSeconds;

    public Bench(BenchTarget target, BenchSettings settings) {
        this.target = target;
        this.settings = settings;
        this.api = new PlatformApi(target.ports(), target.tokens());
    }

    public void run() throws Exception {
        if (settings.isBig() && !target.scratchData()) {
            throw new IllegalStateException("--big stores " + String.format(Locale.ROOT, "%,d", settings.big()) + " records and leaves"
                    + " them (voiding them would take longer than loading them): run it on a scratch data directory, e.g."
                    + " PLATFORM_DATA_DIR=/tmp/bench-big ./platform up, then PLATFORM_DATA_DIR=/tmp/bench-big ./platform bench --big"
                    + " (and the same ports), and remove that directory after ./platform down");
        }
        if (settings.soak()) {
            soak();
            return;
        }
        Machine machine = Machine.current();
        double loadAtStart = loadAverage();
        say("machine", machine.describe() + String.format(Locale.ROOT, "; load average %.1f", loadAtStart));
        say("settings", settings.describe());
        String figuresBefore = api.nationalFigures();
        initialCounts = counts();
        long eventsAtStart = api.eventsApplied();
        say("data", String.format(Locale.ROOT, "the reports have applied %,d events; they count %s records", eventsAtStart,
                initialCounts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                        .collect(Collectors.joining(", "))));

        Map<String, Long> first;
        Map<String, Long> rest;
        Map<String, Long> maxRss;
        JdbcBaseline.Result insert;
        KafkaBaseline.Result kafka;
        WriteLoad.Outcome singles;
        Latencies toReport;
        WriteLoad.Outcome json;
        WriteLoad.Outcome csv;
        WriteLoad.Outcome big = null;
        long eventsForReads;
        LoadGenerator.Result me;
        Map<String, LoadGenerator.Result> reportReads = new LinkedHashMap<>();
        Rebuild.Outcome rebuild = null;
        Map<String, Long> afterRestart = null;
        try {
            Map<String, Long> pids = target.pids().get();
            rest = new ProcessRss(pids).now();
            say("rss", "at rest: " + mib(rest));

            first = FirstPosts.measure(api, created, "bench-" + runId + "-first");
            say("platform", "first POST to each write service -> report shows it (cold right after a fresh up), ms: " + millis(first));

            insert = JdbcBaseline.run(target.postgresJdbcUrl(), target.postgresUser(), settings.connections(),
                    settings.baselineSeconds());
            say("baseline", String.format(Locale.ROOT, "postgres INSERT+commit (one row per commit, autocommit, scratch table), %d connections,"
                    + " %.0f s: %,.0f/s; commit %s; errors %d", insert.connections(), insert.seconds(), insert.perSecond(),
                    insert.latencies().summary(), insert.errors()));
            kafka = KafkaBaseline.run(target.kafka(), settings.baselineSeconds(), settings.roundTrips());
            say("baseline", String.format(Locale.ROOT, "kafka producer acks=all, %d-byte records, scratch topic, %.0f s: %,.0f records/s",
                    KafkaBaseline.RECORD_BYTES, kafka.seconds(), kafka.perSecond()));
            say("baseline", "kafka produce->consume round trip (acks=all), one record at a time: " + kafka.roundTrips().summary());

            WriteLoad writes = new WriteLoad(api, created, runId);
            if (settings.warmupSeconds() > 0) { // the JIT compiles the write path first: the figures are of warm services
                WriteLoad.Outcome warm = writes.singles(settings.connections(), settings.warmupSeconds());
                say("warm-up", String.format(Locale.ROOT, "single POSTs, %d connections, %.0f s, not counted: %,.0f POST/s; POST %s",
                        settings.connections(), warm.result().seconds(), warm.perSecond(), warm.result().latencies().summary()));
            }
            ProcessRss rss = new ProcessRss(pids).startSampling();
            ReportProbe probe = new ReportProbe(api, created, runId).start();
            singles = writes.singles(settings.connections(), settings.seconds());
            toReport = probe.stop();
            long singlesCaughtUp = awaitCounted();
            say("platform", String.format(Locale.ROOT, "single POSTs, %d connections (%s), %.0f s: %,d records = %,.0f POST/s;"
                    + " POST %s; non-201 answers: %s", settings.connections(), split(settings.connections()), singles.result().seconds(),
                    singles.records(), singles.perSecond(), singles.result().latencies().summary(), singles.result().others(201)));
            say("platform", singles.result().cpu().describe());
            say("platform", "201 -> national report counts it (a probe client, one record at a time during the load, polling every "
                    + ReportProbe.POLL_MILLIS + " ms): " + toReport.summary() + "; " + probe.misses());
            say("platform", "the national report counted every acknowledged record " + singlesCaughtUp + " ms after the last 201");

            json = writes.batches(false, settings.batchConnections(), settings.batchSeconds(), settings.batchRecords());
            long jsonCaughtUp = awaitCounted();
            sayBatch("JSON", json, jsonCaughtUp);
            csv = writes.batches(true, settings.batchConnections(), settings.batchSeconds(), settings.batchRecords());
            long csvCaughtUp = awaitCounted();
            sayBatch("CSV", csv, csvCaughtUp);

            long bigCaughtUp = 0;
            if (settings.isBig()) {
                long events = api.eventsApplied();
                big = writes.big(settings.big(), settings.batchConnections());
                long stored = big.records();
                bigCaughtUp = awaitEvents(events + stored, Duration.ofHours(2));
                say("big", String.format(Locale.ROOT, "loaded %,d events through the batch endpoints (JSON, %,d-record batches, %d connections)"
                        + " in %.0f s = %,.0f records/s; non-201: %s; the reports applied them %,d ms after the last 201", stored,
                        WriteLoad.BATCH_ROWS, settings.batchConnections(), big.result().seconds(), big.perSecond(), big.result().others(201),
                        bigCaughtUp));
            }

            eventsForReads = api.eventsApplied();
            ReadLoad reads = new ReadLoad(api);
            me = reads.run("/api/me", settings.readConnections(), settings.readSeconds());
            sayRead("GET /api/me (baseline: token check, no database)", me);
            for (String path : new String[] { "/api/reports/national", "/api/reports/zones",
                    "/api/reports/timeseries?metric=production&granularity=month" }) {
                LoadGenerator.Result r = reads.run(path, settings.readConnections(), settings.readSeconds());
                reportReads.put(path, r);
                sayRead("GET " + path, r);
            }
            rss.close();
            maxRss = rss.max();
            say("rss", "max under load (sampled every second through the POST, batch" + (settings.isBig() ? ", big" : "")
                    + " and read runs): " + mib(maxRss));

            if (settings.isBig()) {
                rebuild = Rebuild.run(api, Duration.ofHours(2));
                say("big", String.format(Locale.ROOT, "rebuild %s: %,d events replayed in %.1f s (server) / %.1f s (seen here) = %,.0f events/s%s",
                        rebuild.status(), rebuild.events(), rebuild.serverSeconds(), rebuild.wallSeconds(), rebuild.perSecond(),
                        rebuild.error() == null ? "" : "; error: " + rebuild.error()));
            }

            if (settings.restart()) {
                restartSeconds = restart();
                afterRestart = FirstPosts.measure(api, created, "bench-" + runId + "-restart");
                say("restart", String.format(Locale.ROOT, "the services were stopped and started again by ./platform's own up in %.1f s", restartSeconds));
                say("platform", "first POST to each write service after the restart -> report shows it, ms: " + millis(afterRestart));
            }
        } catch (Exception | Error e) {
            if (!settings.isBig() && created.size() > 0) {
                say("cleanup", "the bench failed (" + e.getMessage() + "); voiding the " + created.size() + " records it created");
                Cleanup.Outcome c = Cleanup.run(api, created, figuresBefore, settings.connections());
                say("cleanup", "voided " + c.voided() + " of " + c.records() + "; the national report is back to its figures: " + c.back());
            }
            throw e;
        }

        Cleanup.Outcome cleanup = null;
        if (settings.isBig()) {
            say("cleanup", String.format(Locale.ROOT, "skipped (--big): the %,d records of this run stay in %s", created.size()
                    + (big == null ? 0 : big.records()), target.dataDir()));
        } else {
            cleanup = Cleanup.run(api, created, figuresBefore, settings.connections());
            System.out.printf(Locale.ROOT, "cleanup   voided %d of %d bench records (%.0f voids/s, %d connections; other answers: %s);"
                    + " the national report is back to its figures before the bench: %s%n", cleanup.voided(), cleanup.records(),
                    cleanup.perSecond(), settings.connections(), cleanup.others(), cleanup.back() ? "yes" : "NO (were other records written meanwhile?)");
        }

        table(first, rest, maxRss, insert, kafka, singles, toReport, json, csv, big, eventsForReads, me, reportReads, rebuild,
                afterRestart, cleanup);
        report.note(String.format(Locale.ROOT, "The machine's 1-minute load average was %.1f at the start and %.1f at the end, on %d cores;"
                + " above the core count, other processes competed with the platform for the CPU.", loadAtStart, loadAverage(), machine.cores()));
        System.out.println();
        System.out.print(report.table());
        report.notes().forEach(n -> System.out.println("  - " + n));
        if (settings.markdown() != null) {
            BenchReport.write(settings.markdown(), report.section(machine, settings.describe()));
            System.out.println("wrote the table into " + settings.markdown());
        }
    }

    /** {@code --soak}: only the steady load and its figures per minute, on a scratch data directory (its records stay). */
    private void soak() throws Exception {
        if (!target.scratchData()) {
            throw new IllegalStateException("--soak stores its records and leaves them: run it on a scratch data directory, e.g."
                    + " PLATFORM_DATA_DIR=/tmp/soak ./platform up, then PLATFORM_DATA_DIR=/tmp/soak ./platform bench --soak");
        }
        say("machine", Machine.current().describe() + String.format(Locale.ROOT, "; load average %.1f", loadAverage()));
        new Soak(api, target, new WriteLoad(api, created, runId), settings).run();
        say("cleanup", String.format(Locale.ROOT, "skipped (--soak): its %,d records stay in %s", created.size(), target.dataDir()));
    }

    private void table(Map<String, Long> first, Map<String, Long> rest, Map<String, Long> maxRss, JdbcBaseline.Result insert,
            KafkaBaseline.Result kafka, WriteLoad.Outcome singles, Latencies toReport, WriteLoad.Outcome json, WriteLoad.Outcome csv,
            WriteLoad.Outcome big, long events, LoadGenerator.Result me, Map<String, LoadGenerator.Result> reads, Rebuild.Outcome rebuild,
            Map<String, Long> afterRestart, Cleanup.Outcome cleanup) {
        String insertRate = String.format(Locale.ROOT, "INSERT+commit %,.0f/s (%d conn.)", insert.perSecond(), insert.connections());
        String kafkaRate = String.format(Locale.ROOT, "Kafka acks=all %,.0f records/s", kafka.perSecond());
        double postRate = singles.perSecond();
        report.row(String.format(Locale.ROOT, "single POSTs, %d connections, %.0f s, mixed over the 3 write services", settings.connections(),
                settings.seconds()), String.format(Locale.ROOT, "%,.0f POST/s (%,d records; non-201: %s)", postRate, singles.records(),
                singles.result().others(201)), insertRate, ratio(postRate / insert.perSecond()), "≥ 5,000/s",
                BenchReport.Verdict.of(postRate >= 5000));
        report.row("single POSTs ÷ INSERT+commit baseline", String.format(Locale.ROOT, "%,.0f/s ÷ %,.0f/s", postRate, insert.perSecond()), insertRate,
                ratio(postRate / insert.perSecond()), "≥ 0.25", BenchReport.Verdict.of(postRate / insert.perSecond() >= 0.25));
        Latencies post = singles.result().latencies();
        report.row("POST latency under that load", pp(post), "INSERT+commit " + pp(insert.latencies()),
                times(post.percentile(99), insert.latencies().percentile(99)), "p99 ≤ 50 ms",
                BenchReport.Verdict.of(post.count() > 0 && post.percentile(99) <= 50_000_000L));
        report.row("201 → national report counts it, under that load (probe)", pp(toReport) + " (n=" + toReport.count() + ")",
                "Kafka produce→consume " + pp(kafka.roundTrips()), times(toReport.percentile(99), kafka.roundTrips().percentile(99)),
                "p99 ≤ 1 s", BenchReport.Verdict.of(toReport.count() > 0 && toReport.percentile(99) <= 1_000_000_000L));
        report.row("load generator CPU during the POSTs", singles.result().cpu().describe(), "", "", "not the bottleneck",
                BenchReport.Verdict.NONE);
        for (Object[] b : new Object[][] { { "JSON", json }, { "CSV", csv } }) {
            WriteLoad.Outcome o = (WriteLoad.Outcome) b[1];
            report.row(String.format(Locale.ROOT, "batch import, %s, 1,000-record batches, %d connections", b[0], settings.batchConnections()),
                    String.format(Locale.ROOT, "%,.0f records/s (%,d records; non-201: %s)", o.perSecond(), o.records(), o.result().others(201)),
                    kafkaRate, ratio(o.perSecond() / kafka.perSecond()), "≥ 50,000/s", BenchReport.Verdict.of(o.perSecond() >= 50_000));
        }
        if (big != null) {
            report.row(String.format(Locale.ROOT, "--big: load %,d events through /batch (JSON)", big.records()),
                    String.format(Locale.ROOT, "%,.0f records/s", big.perSecond()), kafkaRate, ratio(big.perSecond() / kafka.perSecond()),
                    "≥ 50,000/s", BenchReport.Verdict.of(big.perSecond() >= 50_000));
        }
        Latencies floor = me.latencies();
        for (Map.Entry<String, LoadGenerator.Result> r : reads.entrySet()) {
            Latencies l = r.getValue().latencies();
            report.row(String.format(Locale.ROOT, "GET %s, %d connections, at %,d events", r.getKey(), settings.readConnections(), events),
                    pp(l) + String.format(Locale.ROOT, ", %,.0f/s", r.getValue().requests() / r.getValue().seconds())
                            + (r.getValue().others(200).equals("none") ? "" : "; non-200: " + r.getValue().others(200)),
                    "GET /api/me " + pp(floor), times(l.percentile(99), floor.percentile(99)),
                    "p99 ≤ 10 ms at 1M events" + (events < 1_000_000 ? " (this run: fewer)" : ""),
                    BenchReport.Verdict.of(l.count() > 0 && l.percentile(99) <= 10_000_000L && r.getValue().others(200).equals("none")));
        }
        if (rebuild != null) {
            report.row(String.format(Locale.ROOT, "rebuild of every projection (%,d events)", rebuild.events()),
                    String.format(Locale.ROOT, "%,.0f events/s (%s, %.1f s)", rebuild.perSecond(), rebuild.status(),
                            rebuild.serverSeconds() > 0 ? rebuild.serverSeconds() : rebuild.wallSeconds()),
                    kafkaRate, ratio(rebuild.perSecond() / kafka.perSecond()), "≥ 50,000/s",
                    BenchReport.Verdict.of("SUCCEEDED".equals(rebuild.status()) && rebuild.perSecond() >= 50_000));
        } else {
            report.row("rebuild of every projection", "not measured (run with --big)", "", "", "≥ 50,000 events/s", BenchReport.Verdict.NONE);
        }
        for (String service : rest.keySet()) {
            long max = maxRss.getOrDefault(service, -1L);
            report.row("RSS of " + service + "-service", String.format(Locale.ROOT, "max %.0f MiB under load", max / MIB),
                    String.format(Locale.ROOT, "at rest %.0f MiB", rest.get(service) / MIB),
                    ratio((double) max / rest.get(service)), "≤ 256 MiB under load", BenchReport.Verdict.of(max > 0 && max <= 256 * 1024));
        }
        report.row("first POST → national report, at the start of the bench", millis(first) + " ms",
                "Kafka produce→consume p50 " + Latencies.ms(kafka.roundTrips().percentile(50)) + " ms", "",
                "≤ 1 s after up (cold only right after a fresh up)", BenchReport.Verdict.of(first.values().stream().allMatch(m -> m <= 1000)));
        if (afterRestart != null) {
            report.row("first POST → national report, after a restart of the services", millis(afterRestart) + " ms",
                    String.format(Locale.ROOT, "restart took %.1f s", restartSeconds), "", "≤ 1 s",
                    BenchReport.Verdict.of(afterRestart.values().stream().allMatch(m -> m <= 1000)));
        } else {
            report.row("first POST → national report, after a restart of the services", "not measured (run with --restart)", "", "",
                    "≤ 1 s", BenchReport.Verdict.NONE);
        }
        if (cleanup != null) {
            report.row("cleanup: void every bench record", String.format(Locale.ROOT, "%,d of %,d voided, %,.0f voids/s; national report back"
                    + " to its figures: %s", cleanup.voided(), cleanup.records(), cleanup.perSecond(), cleanup.back() ? "yes" : "NO"),
                    "", "", "back to the figures before the bench", BenchReport.Verdict.of(cleanup.back() && cleanup.voided() == cleanup.records()));
        }
        report.note("Baselines are measured in the same run on the same machine: PostgreSQL single-row INSERT+commit (autocommit) into"
                + " a scratch table on the platform's own server from as many JDBC connections as the POST run; one Kafka producer with"
                + " acks=all on a scratch topic of the platform's broker; GET /api/me on reporting-service (HTTP + token check, no database)."
                + " Ratio: a rate ÷ its baseline, or a p99 × its baseline's p99.");
        report.note("Single POSTs: worker i posts to write service i mod 3 over its own keep-alive HTTP/1.1 connection (a plain socket,"
                + " prepared bytes), after " + BenchSettings.plain(settings.warmupSeconds()) + " s of the same load that is not counted (the"
                + " services' JIT compiles the write path first), one request at a time, each with its own Idempotency-Key; latency is"
                + " from sending until the whole answer is read.");
        report.note("201 → report: during the POST run one more client posts one probe record at a time (dated " + BenchRecords.PROBE_ON
                + ", round-robin over the services) and polls GET /api/reports/national?from=" + BenchRecords.PROBE_ON + "&to="
                + BenchRecords.PROBE_ON + " every " + ReportProbe.POLL_MILLIS + " ms from its 201 until that record is counted: exact per"
                + " record, at most one poll late.");
        report.note("RSS: VmRSS from /proc/<pid>/status of each service's JVM (pid files of ./platform), at rest before the load and"
                + " the maximum of one sample a second during the load.");
        if (settings.isBig()) {
            report.note("--big records are varied (13 zones, 12 sectors, 2015-2024, 500 companies) and stay in the data directory.");
        } else {
            report.note("Report reads ran on the data the platform held (" + String.format(Locale.ROOT, "%,d", events)
                    + " events); the 10 ms target is for 1M events: ./platform bench --big on a scratch data directory.");
        }
    }

    /** Stops the services and starts them again through ./platform's own machinery; its output is kept unless it fails. */
    private double restart() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            target.restartServices().run();
        } catch (RuntimeException e) {
            System.setOut(out);
            out.print(captured.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            System.setOut(out);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        var n = api.national();
        for (WriteService s : WriteService.ALL) {
            counts.put(s.section(), n.path(s.section()).path("count").asLong());
        }
        return counts;
    }

    /** Waits until the national report counts every record created so far; returns how long that took, in ms. */
    private long awaitCounted() {
        long start = System.nanoTime();
        Wait.until("the national report to count every bench record", Duration.ofMinutes(30), Duration.ofMillis(20), () -> {
            Map<String, Long> now = counts();
            return WriteService.ALL.stream().allMatch(s -> now.get(s.section()) >= initialCounts.get(s.section()) + created.size(s.name()));
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long awaitEvents(long events, Duration timeout) {
        long start = System.nanoTime();
        Wait.until("the reports to apply " + events + " events", timeout, Duration.ofMillis(200), () -> api.eventsApplied() >= events);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void sayBatch(String format, WriteLoad.Outcome o, long caughtUp) {
        say("platform", String.format(Locale.ROOT, "batch import %s, %,d-record batches, %d connections, %.0f s: %,d records = %,.0f records/s;"
                + " batch %s; non-201 answers: %s; the report counted them %,d ms after the last 201", format, WriteLoad.BATCH_ROWS,
                settings.batchConnections(), o.result().seconds(), o.records(), o.perSecond(), o.result().latencies().summary(),
                o.result().others(201), caughtUp));
    }

    private void sayRead(String what, LoadGenerator.Result r) {
        say("platform", String.format(Locale.ROOT, "%s, %d connections, %.0f s: %,.0f/s; %s; non-200 answers: %s", what,
                settings.readConnections(), r.seconds(), r.requests() / r.seconds(), r.latencies().summary(), r.others(200)));
    }

    /** "11 investment, 11 production, 10 export". */
    private static String split(int connections) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < WriteService.ALL.size(); s++) {
            int n = connections / WriteService.ALL.size() + (s < connections % WriteService.ALL.size() ? 1 : 0);
            b.append(s == 0 ? "" : ", ").append(n).append(' ').append(WriteService.ALL.get(s).name());
        }
        return b.toString();
    }

    private static String pp(Latencies l) {
        return l.count() == 0 ? "no samples" : "p50 " + Latencies.ms(l.percentile(50)) + " ms, p99 " + Latencies.ms(l.percentile(99)) + " ms";
    }

    private static String times(long value, long baseline) {
        return baseline <= 0 || value <= 0 ? "" : String.format(Locale.ROOT, "p99 ×%.1f", (double) value / baseline);
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, r < 0.1 ? "%.3f" : "%.2f", r) : "";
    }

    private static String millis(Map<String, Long> millis) {
        return millis.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String mib(Map<String, Long> kb) {
        return kb.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.0f MiB", e.getKey(), e.getValue() / MIB))
                .collect(Collectors.joining(", "));
    }

    private static void say(String part, String message) {
        System.out.printf("%-9s %s%n", part, message);
    }
}
