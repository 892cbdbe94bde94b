package az.industry.infra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.contracts.security.RoleNames;

/** {@code ./platform bench --soak}: steady single POSTs at a fixed rate, resource figures each minute, and whether they stayed flat. */
final class Soak {

    /** What one minute of the soak left behind. */
    record Minute(int minute, double postsPerSecond, String others, double p99Millis, Map<String, Long> rssKb,
            Map<String, Long> fds, long backlog, long lag, long dbConnections) {

        long rssTotalKb() {
            return rssKb.values().stream().mapToLong(Long::longValue).sum();
        }

        long fdsTotal() {
            return fds.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final PlatformApi api;
    private final BenchTarget target;
    private final WriteLoad writes;
    private final BenchSettings settings;

    Soak(PlatformApi api, BenchTarget target, WriteLoad writes, BenchSettings settings) {
        this.api = api;
        this.target = target;
        this.writes = writes;
        this.settings = settings;
    }

    /**
     * Runs the soak (BENCH_SOAK_SECONDS at BENCH_SOAK_RATE POSTs a second), printing a line per minute (the services' RSS
     * and open file descriptors, the outbox backlog, the reporting consumer's lag and PostgreSQL's client connections),
     * then whether each stayed flat; returns the minutes.
     */
    List<Minute> run() throws Exception {
        int minutes = (int) Math.max(1, Math.round(settings.soakSeconds() / 60));
        Map<String, Long> pids = target.pids().get();
        System.out.printf(Locale.ROOT, "soak      %d minutes of single POSTs at %,.0f/s on %d connections%n", minutes,
                settings.soakRate(), settings.connections());
        System.out.println("soak      minute | POST/s | non-201 | POST p99 ms | RSS MiB (sum; per service) | open fds | outbox backlog"
                + " | consumer lag | db connections");
        List<Minute> all = new ArrayList<>();
        try (ConsumerLag lag = new ConsumerLag(target.kafka())) {
            for (int m = 1; m <= minutes; m++) {
                WriteLoad.Outcome o = writes.paced(settings.connections(), 60, settings.soakRate());
                Minute minute = new Minute(m, o.perSecond(), o.result().others(201),
                        o.result().latencies().percentile(99) / 1e6, new ProcessRss(pids).now(), fds(pids), backlog(), lag.now(),
                        dbConnections());
                all.add(minute);
                System.out.printf(Locale.ROOT, "soak      %6d | %,6.0f | %s | %.1f | %.0f; %s | %d | %d | %d | %d%n", m,
                        minute.postsPerSecond(), minute.others(), minute.p99Millis(), minute.rssTotalKb() / 1024.0,
                        minute.rssKb().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1024)
                                .collect(Collectors.joining(", ")), minute.fdsTotal(), minute.backlog(), minute.lag(),
                        minute.dbConnections());
            }
        }
        System.out.println("soak      " + verdict(all, settings.soakRate()));
        return all;
    }

    /** How far the consumer group's committed offsets may trail its progress: the throttled commit runs every 5 s. */
    static final double COMMIT_INTERVAL_SECONDS = 5;

    /**
     * Whether the figures stayed flat once the services were warm (the first minute at 95 % of the rate; the JIT
     * takes a few minutes at first) to the last: RSS within 10 %, open descriptors and database connections within
     * 10 %; and at every minute a backlog under two seconds of load, a lag under two seconds plus the commit interval.
     */
    static String verdict(List<Minute> minutes, double rate) {
        Minute warm = minutes.stream().filter(m -> m.postsPerSecond() >= 0.95 * rate).findFirst().orElse(minutes.get(0));
        Minute last = minutes.get(minutes.size() - 1);
        List<String> grew = new ArrayList<>();
        if (last.rssTotalKb() > warm.rssTotalKb() * 1.10) {
            grew.add(String.format(Locale.ROOT, "RSS %.0f -> %.0f MiB", warm.rssTotalKb() / 1024.0, last.rssTotalKb() / 1024.0));
        }
        if (last.fdsTotal() > warm.fdsTotal() * 1.10 + 5) {
            grew.add("open fds " + warm.fdsTotal() + " -> " + last.fdsTotal());
        }
        if (last.dbConnections() > warm.dbConnections() * 1.10 + 2) {
            grew.add("db connections " + warm.dbConnections() + " -> " + last.dbConnections());
        }
        long backlogBound = (long) Math.max(100, 2 * rate);
        long lagBound = (long) Math.max(100, (2 + COMMIT_INTERVAL_SECONDS) * rate);
        minutes.stream().filter(m -> m.backlog() > backlogBound).findFirst()
                .ifPresent(m -> grew.add("outbox backlog " + m.backlog() + " at minute " + m.minute()));
        minutes.stream().filter(m -> m.lag() > lagBound).findFirst()
                .ifPresent(m -> grew.add("consumer lag " + m.lag() + " at minute " + m.minute()));
        return grew.isEmpty() ? "flat: yes (from minute " + warm.minute() + ", the first at the full rate, to the last: RSS,"
                + " open fds and db connections within 10 %; backlog under " + backlogBound + " and lag under " + lagBound
                + " at every minute)" : "flat: NO (" + String.join("; ", grew) + ")";
    }

    /** Open file descriptors (sockets included) of each service process. */
    static Map<String, Long> fds(Map<String, Long> pids) {
        Map<String, Long> fds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try (var list = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                fds.put(name, list.count());
            } catch (Exception e) {
                fds.put(name, -1L);
            }
        });
        return fds;
    }

    /** The outbox backlog of the three write services, from their readiness. */
    private long backlog() {
        long sum = 0;
        for (WriteService s : WriteService.ALL) {
            for (JsonNode check : api.getJson(s.name(), "/q/health/ready", RoleNames.MANAGER).path("checks")) {
                if ("outbox".equals(check.path("name").asText())) {
                    sum += check.path("data").path("backlog").asLong();
                }
            }
        }
        return sum;
    }

    private long dbConnections() throws SQLException {
        try (Connection c = DriverManager.getConnection(target.postgresJdbcUrl(), target.postgresUser(), "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")) {
            rs.next();
            return rs.getLong(1) - 1; // not this one
        }
    }
}
