package az.industry.infra.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code ./platform bench [--big] [--restart] | --soak}: runs each measurement in turn, prints it, voids what it created and writes the table. */
public final class Bench {

    private final BenchTarget target;
    private final BenchSettings settings;
    private final PlatformApi api;
    private final CreatedRecords created = new CreatedRecords();
    private final String runId = Long.toString(System.currentTimeMillis(), 36) + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final BenchReport report = new BenchReport();
    private final ReportCatchUp catchUp;

    public Bench(BenchTarget target, BenchSettings settings) {
        this.target = target;
        this.settings = settings;
        this.api = new PlatformApi(target.ports(), target.tokens());
        this.catchUp = new ReportCatchUp(api, created);
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
        Map<String, Long> initialCounts = catchUp.start();
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
        double restartSeconds = 0;
        try {
            Map<String, Long> pids = target.pids().get();
            rest = new ProcessRss(pids).now();
            say("rss", "at rest: " + BenchTable.mib(rest));

            first = FirstPosts.measure(api, created, "bench-" + runId + "-first");
            say("platform", "first POST to each write service -> report shows it (cold right after a fresh up), ms: " + BenchTable.millis(first));

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
            long singlesCaughtUp = catchUp.awaitCounted();
            say("platform", String.format(Locale.ROOT, "single POSTs, %d connections (%s), %.0f s: %,d records = %,.0f POST/s;"
                    + " POST %s; non-201 answers: %s", settings.connections(), split(settings.connections()), singles.result().seconds(),
                    singles.records(), singles.perSecond(), singles.result().latencies().summary(), singles.result().others(201)));
            say("platform", singles.result().cpu().describe());
            say("platform", "201 -> national report counts it (a probe client, one record at a time during the load, polling every "
                    + ReportProbe.POLL_MILLIS + " ms): " + toReport.summary() + "; " + probe.misses());
            say("platform", "the national report counted every acknowledged record " + singlesCaughtUp + " ms after the last 201");

            json = writes.batches(false, settings.batchConnections(), settings.batchSeconds(), settings.batchRecords());
            long jsonCaughtUp = catchUp.awaitCounted();
            sayBatch("JSON", json, jsonCaughtUp);
            csv = writes.batches(true, settings.batchConnections(), settings.batchSeconds(), settings.batchRecords());
            long csvCaughtUp = catchUp.awaitCounted();
            sayBatch("CSV", csv, csvCaughtUp);

            long bigCaughtUp = 0;
            if (settings.isBig()) {
                long events = api.eventsApplied();
                big = writes.big(settings.big(), settings.batchConnections());
                long stored = big.records();
                bigCaughtUp = catchUp.awaitEvents(events + stored, Duration.ofHours(2));
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
                    + " and read runs): " + BenchTable.mib(maxRss));

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
                say("platform", "first POST to each write service after the restart -> report shows it, ms: " + BenchTable.millis(afterRestart));
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

        new BenchTable(report, settings, new BenchFigures(first, rest, maxRss, insert, kafka, singles, toReport, json, csv, big,
                eventsForReads, me, reportReads, rebuild, afterRestart, restartSeconds, cleanup)).fill();
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
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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

    private static void say(String part, String message) {
        System.out.printf("%-9s %s%n", part, message);
    }
}
