package az.industry.infra.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a bench run's figures into the rows and notes of the report: each figure beside its baseline, ratio, target and verdict. */
final class BenchTable {

    private static final double MIB = 1024;
    private final BenchReport report;
    private final BenchSettings settings;
    private final BenchFigures figures;

    BenchTable(BenchReport report, BenchSettings settings, BenchFigures figures) {
        this.report = report;
        this.settings = settings;
        this.figures = figures;
    }

    /** Adds every row and note of the run to the report. */
    void fill() {
        writeRows();
        readAndRebuildRows();
        memoryStartAndCleanupRows();
        notes();
    }

    /** Single POSTs, their latency, 201 → report, the generator's CPU, the batch imports and {@code --big}. */
    private void writeRows() {
        String insertRate = String.format(Locale.ROOT, "INSERT+commit %,.0f/s (%d conn.)", figures.insert().perSecond(), figures.insert().connections());
        double postRate = figures.singles().perSecond();
        report.row(String.format(Locale.ROOT, "single POSTs, %d connections, %.0f s, mixed over the 3 write services", settings.connections(),
                settings.seconds()), String.format(Locale.ROOT, "%,.0f POST/s (%,d records; non-201: %s)", postRate, figures.singles().records(),
                figures.singles().result().others(201)), insertRate, ratio(postRate / figures.insert().perSecond()), "≥ 5,000/s",
                BenchReport.Verdict.of(postRate >= 5000));
        report.row("single POSTs ÷ INSERT+commit baseline", String.format(Locale.ROOT, "%,.0f/s ÷ %,.0f/s", postRate, figures.insert().perSecond()), insertRate,
                ratio(postRate / figures.insert().perSecond()), "≥ 0.25", BenchReport.Verdict.of(postRate / figures.insert().perSecond() >= 0.25));
        Latencies post = figures.singles().result().latencies();
        report.row("POST latency under that load", pp(post), "INSERT+commit " + pp(figures.insert().latencies()),
                times(post.percentile(99), figures.insert().latencies().percentile(99)), "p99 ≤ 50 ms",
                BenchReport.Verdict.of(post.count() > 0 && post.percentile(99) <= 50_000_000L));
        report.row("201 → national report counts it, under that load (probe)", pp(figures.toReport()) + " (n=" + figures.toReport().count() + ")",
                "Kafka produce→consume " + pp(figures.kafka().roundTrips()), times(figures.toReport().percentile(99), figures.kafka().roundTrips().percentile(99)),
                "p99 ≤ 1 s", BenchReport.Verdict.of(figures.toReport().count() > 0 && figures.toReport().percentile(99) <= 1_000_000_000L));
        report.row("load generator CPU during the POSTs", figures.singles().result().cpu().describe(), "", "", "not the bottleneck",
                BenchReport.Verdict.NONE);
        for (Object[] b : new Object[][] { { "JSON", figures.json() }, { "CSV", figures.csv() } }) {
            WriteLoad.Outcome o = (WriteLoad.Outcome) b[1];
            report.row(String.format(Locale.ROOT, "batch import, %s, 1,000-record batches, %d connections", b[0], settings.batchConnections()),
                    String.format(Locale.ROOT, "%,.0f records/s (%,d records; non-201: %s)", o.perSecond(), o.records(), o.result().others(201)),
                    kafkaRate(), ratio(o.perSecond() / figures.kafka().perSecond()), "≥ 50,000/s", BenchReport.Verdict.of(o.perSecond() >= 50_000));
        }
        if (figures.big() != null) {
            report.row(String.format(Locale.ROOT, "--big: load %,d events through /batch (JSON)", figures.big().records()),
                    String.format(Locale.ROOT, "%,.0f records/s", figures.big().perSecond()), kafkaRate(), ratio(figures.big().perSecond() / figures.kafka().perSecond()),
                    "≥ 50,000/s", BenchReport.Verdict.of(figures.big().perSecond() >= 50_000));
        }
    }

    /** The report reads beside GET /api/me, and the rebuild. */
    private void readAndRebuildRows() {
        Latencies floor = figures.me().latencies();
        for (Map.Entry<String, LoadGenerator.Result> r : figures.reads().entrySet()) {
            Latencies l = r.getValue().latencies();
            report.row(String.format(Locale.ROOT, "GET %s, %d connections, at %,d events", r.getKey(), settings.readConnections(), figures.events()),
                    pp(l) + String.format(Locale.ROOT, ", %,.0f/s", r.getValue().requests() / r.getValue().seconds())
                            + (r.getValue().others(200).equals("none") ? "" : "; non-200: " + r.getValue().others(200)),
                    "GET /api/me " + pp(floor), times(l.percentile(99), floor.percentile(99)),
                    "p99 ≤ 10 ms at 1M events" + (figures.events() < 1_000_000 ? " (this run: fewer)" : ""),
                    BenchReport.Verdict.of(l.count() > 0 && l.percentile(99) <= 10_000_000L && r.getValue().others(200).equals("none")));
        }
        if (figures.rebuild() != null) {
            report.row(String.format(Locale.ROOT, "rebuild of every projection (%,d events)", figures.rebuild().events()),
                    String.format(Locale.ROOT, "%,.0f events/s (%s, %.1f s)", figures.rebuild().perSecond(), figures.rebuild().status(),
                            figures.rebuild().serverSeconds() > 0 ? figures.rebuild().serverSeconds() : figures.rebuild().wallSeconds()),
                    kafkaRate(), ratio(figures.rebuild().perSecond() / figures.kafka().perSecond()), "≥ 50,000/s",
                    BenchReport.Verdict.of("SUCCEEDED".equals(figures.rebuild().status()) && figures.rebuild().perSecond() >= 50_000));
        } else {
            report.row("rebuild of every projection", "not measured (run with --big)", "", "", "≥ 50,000 events/s", BenchReport.Verdict.NONE);
        }
    }

    /** Each service's RSS, the first POSTs after up and after a restart, and the cleanup. */
    private void memoryStartAndCleanupRows() {
        for (String service : figures.rest().keySet()) {
            long max = figures.maxRss().getOrDefault(service, -1L);
            report.row("RSS of " + service + "-service", String.format(Locale.ROOT, "max %.0f MiB under load", max / MIB),
                    String.format(Locale.ROOT, "at rest %.0f MiB", figures.rest().get(service) / MIB),
                    ratio((double) max / figures.rest().get(service)), "≤ 256 MiB under load", BenchReport.Verdict.of(max > 0 && max <= 256 * 1024));
        }
        report.row("first POST → national report, at the start of the bench", millis(figures.first()) + " ms",
                "Kafka produce→consume p50 " + Latencies.ms(figures.kafka().roundTrips().percentile(50)) + " ms", "",
                "≤ 1 s after up (cold only right after a fresh up)", BenchReport.Verdict.of(figures.first().values().stream().allMatch(m -> m <= 1000)));
        if (figures.afterRestart() != null) {
            report.row("first POST → national report, after a restart of the services", millis(figures.afterRestart()) + " ms",
                    String.format(Locale.ROOT, "restart took %.1f s", figures.restartSeconds()), "", "≤ 1 s",
                    BenchReport.Verdict.of(figures.afterRestart().values().stream().allMatch(m -> m <= 1000)));
        } else {
            report.row("first POST → national report, after a restart of the services", "not measured (run with --restart)", "", "",
                    "≤ 1 s", BenchReport.Verdict.NONE);
        }
        if (figures.cleanup() != null) {
            report.row("cleanup: void every bench record", String.format(Locale.ROOT, "%,d of %,d voided, %,.0f voids/s; national report back"
                    + " to its figures: %s", figures.cleanup().voided(), figures.cleanup().records(), figures.cleanup().perSecond(), figures.cleanup().back() ? "yes" : "NO"),
                    "", "", "back to the figures before the bench", BenchReport.Verdict.of(figures.cleanup().back() && figures.cleanup().voided() == figures.cleanup().records()));
        }
    }

    /** How each figure was measured. */
    private void notes() {
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
            report.note("Report reads ran on the data the platform held (" + String.format(Locale.ROOT, "%,d", figures.events())
                    + " events); the 10 ms target is for 1M events: ./platform bench --big on a scratch data directory.");
        }
    }

    private String kafkaRate() {
        return String.format(Locale.ROOT, "Kafka acks=all %,.0f records/s", figures.kafka().perSecond());
    }

    /** "p50 1.2 ms, p99 3.4 ms", or "no samples". */
    static String pp(Latencies l) {
        return l.count() == 0 ? "no samples" : "p50 " + Latencies.ms(l.percentile(50)) + " ms, p99 " + Latencies.ms(l.percentile(99)) + " ms";
    }

    private static String times(long value, long baseline) {
        return baseline <= 0 || value <= 0 ? "" : String.format(Locale.ROOT, "p99 ×%.1f", (double) value / baseline);
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, r < 0.1 ? "%.3f" : "%.2f", r) : "";
    }

    /** "investment=12 production=9 export=11". */
    static String millis(Map<String, Long> millis) {
        return millis.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Kilobytes per service as "investment 120 MiB, ...". */
    static String mib(Map<String, Long> kb) {
        return kb.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.0f MiB", e.getKey(), e.getValue() / MIB))
                .collect(Collectors.joining(", "));
    }
}
