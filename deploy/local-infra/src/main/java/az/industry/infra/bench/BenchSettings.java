package az.industry.infra.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a bench run does, from {@code ./platform bench}'s options and the BENCH_* environment: durations, connections, --big, output. */
public record BenchSettings(double warmupSeconds, double seconds, int connections, double baselineSeconds, int roundTrips,
        double batchSeconds, long batchRecords, int batchConnections, double readSeconds, int readConnections, long big, boolean restart, boolean soak, double soakSeconds, double soakRate,
        Path markdown) {

    /** The options {@link #from} accepts: {@code --soak} runs alone. */
    public static final String OPTIONS = "[--big] [--restart] | --soak";
    /** The environment variables {@link #from} reads, with their defaults. */
    public static final String ENVIRONMENT = "BENCH_WARMUP_SECONDS=60 BENCH_SECONDS=60"
            + " BENCH_CONNECTIONS=32 BENCH_BASELINE_SECONDS=10 BENCH_SAMPLES=50 BENCH_BATCH_SECONDS=10 BENCH_BATCH_RECORDS=20000 BENCH_BATCH_CONNECTIONS=3"
            + " BENCH_READ_SECONDS=10 BENCH_READ_CONNECTIONS=16 BENCH_BIG=1000000 BENCH_SOAK_SECONDS=600 BENCH_SOAK_RATE=500 BENCH_MARKDOWN=<file>|none";
    static final String USAGE = "./platform bench " + OPTIONS + "  (env: " + ENVIRONMENT + ")";

    /** The settings of {@code args} and {@code env}; {@code defaultMarkdown} unless BENCH_MARKDOWN names another file or "none". */
    public static BenchSettings from(List<String> args, Map<String, String> env, Path defaultMarkdown) {
        boolean big = false;
        boolean restart = false;
        boolean soak = false;
        for (String arg : args) {
            switch (arg) {
                case "--big" -> big = true;
                case "--restart" -> restart = true;
                case "--soak" -> soak = true;
                default -> throw new IllegalArgumentException("unknown option " + arg + "; usage: " + USAGE);
            }
        }
        if (soak && (big || restart)) {
            throw new IllegalArgumentException("--soak runs alone; usage: " + USAGE);
        }
        String bigEnv = value(env, "BENCH_BIG", null);
        long bigEvents = big || bigEnv != null ? Long.parseLong(bigEnv == null ? "1000000" : bigEnv) : 0;
        String md = value(env, "BENCH_MARKDOWN", defaultMarkdown.toString());
        return new BenchSettings(number(env, "BENCH_WARMUP_SECONDS", 60), number(env, "BENCH_SECONDS", 60),
                (int) number(env, "BENCH_CONNECTIONS", 32),
                number(env, "BENCH_BASELINE_SECONDS", 10), (int) number(env, "BENCH_SAMPLES", 50),
                number(env, "BENCH_BATCH_SECONDS", 10), (long) number(env, "BENCH_BATCH_RECORDS", 20_000),
                (int) number(env, "BENCH_BATCH_CONNECTIONS", 3),
                number(env, "BENCH_READ_SECONDS", 10), (int) number(env, "BENCH_READ_CONNECTIONS", 16),
                bigEvents, restart, soak, number(env, "BENCH_SOAK_SECONDS", 600), number(env, "BENCH_SOAK_RATE", 500),
                md.equalsIgnoreCase("none") ? null : Path.of(md));
    }

    boolean isBig() {
        return big > 0;
    }

    /** "BENCH_SECONDS=60, BENCH_CONNECTIONS=32, ...": how to run it again. */
    String describe() {
        return String.format(Locale.ROOT, "BENCH_WARMUP_SECONDS=%s, BENCH_SECONDS=%s, BENCH_CONNECTIONS=%d,"
                + " BENCH_BASELINE_SECONDS=%s, BENCH_SAMPLES=%d, BENCH_BATCH_SECONDS=%s, BENCH_BATCH_RECORDS=%d, BENCH_BATCH_CONNECTIONS=%d, BENCH_READ_SECONDS=%s, BENCH_READ_CONNECTIONS=%d%s%s",
                plain(warmupSeconds), plain(seconds), connections, plain(baselineSeconds), roundTrips, plain(batchSeconds), batchRecords,
                batchConnections, plain(readSeconds), readConnections, isBig() ? ", --big (" + String.format(Locale.ROOT, "%,d", big) + " events)" : "",
                restart ? ", --restart" : "");
    }

    /** Seconds as typed: "60", not "60.0". */
    static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static double number(Map<String, String> env, String name, double fallback) {
        String v = value(env, name, null);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not a number");
        }
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
