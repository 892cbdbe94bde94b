package az.industry.infra.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Baseline 1, pgbench-like: what the platform's own PostgreSQL commits per second, single-row INSERTs from many connections. */
final class JdbcBaseline {

    /** Inserts per second, commit latency, connections and duration of a run. */
    record Result(double perSecond, Latencies latencies, int connections, double seconds, long errors) {
    }

    static final String TABLE = "bench_scratch_insert";
    private static final String PAYLOAD = "x".repeat(200); // about the width of a record row

    private JdbcBaseline() {
    }

    /**
     * Runs {@code connections} clients for {@code seconds} against {@code jdbcUrl} (the local superuser, no password), each
     * inserting single rows, each its own commit (autocommit), into a scratch table (created before, dropped after): what
     * the database itself can commit per second on this machine, with its durability settings.
     */
    static Result run(String jdbcUrl, String user, int connections, double seconds) throws Exception {
        try (Connection admin = DriverManager.getConnection(jdbcUrl, user, ""); Statement s = admin.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " (id uuid PRIMARY KEY, zone_id text NOT NULL, company text NOT NULL,"
                    + " amount numeric(19,2) NOT NULL, occurred_on date NOT NULL, payload text,"
                    + " recorded_at timestamptz NOT NULL DEFAULT now())");
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicLong inserted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        try {
            List<Connection> open = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                open.add(DriverManager.getConnection(jdbcUrl, user, ""));
            }
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<Latencies>> futures = new ArrayList<>();
            for (Connection c : open) {
                futures.add(pool.submit(() -> insertUntil(c, deadline, inserted, errors)));
            }
            List<Latencies> parts = new ArrayList<>();
            for (Future<Latencies> f : futures) {
                parts.add(f.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            for (Connection c : open) {
                c.close();
            }
            return new Result(inserted.get() / elapsed, Latencies.merge(parts), connections, elapsed, errors.get());
        } finally {
            pool.shutdownNow();
            try (Connection admin = DriverManager.getConnection(jdbcUrl, user, ""); Statement s = admin.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + TABLE);
            }
        }
    }

    private static Latencies insertUntil(Connection c, long deadline, AtomicLong inserted, AtomicLong errors) throws SQLException {
        Latencies latencies = new Latencies();
        c.setAutoCommit(true);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                + " (id, zone_id, company, amount, occurred_on, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            Date on = Date.valueOf(BenchRecords.MARKED_ON);
            BigDecimal amount = new BigDecimal("0.01");
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                try {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, BenchRecords.ZONE);
                    insert.setString(3, BenchRecords.COMPANY);
                    insert.setBigDecimal(4, amount);
                    insert.setDate(5, on);
                    insert.setString(6, PAYLOAD);
                    insert.executeUpdate();
                    latencies.add(System.nanoTime() - start);
                    inserted.incrementAndGet();
                } catch (SQLException e) {
                    errors.incrementAndGet();
                }
            }
        }
        return latencies;
    }
}
