package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server (zonky embedded binaries) on loopback, one database per service. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port}. With a {@code dataDir} the cluster persists there across
     * restarts, durably (fsync and synchronous_commit on); without one it lives in a temporary directory
     * removed on close, with neither.
     */
    public static PostgresServer start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on")
                    // a 201 means the record is on disk: the embedded default synchronous_commit=off would lose the
                    // last acknowledged writes in a crash (a scratch cluster without a data dir keeps it off)
                    .setServerConfig("synchronous_commit", dataDir == null ? "off" : "on")
                    .setServerConfig("listen_addresses", Ports.LOOPBACK);
            if (dataDir != null) {
                builder.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on port " + port, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return jdbcUrl(Ports.LOOPBACK, port(), database);
    }

    public static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates {@code database} if it does not exist yet. */
    public void ensureDatabase(String database) {
        ensureDatabase(jdbcUrl("postgres"), USER, "", database);
    }

    /** Creates {@code database} on any server, given an administrative connection. */
    public static void ensureDatabase(String adminJdbcUrl, String user, String password, String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
    }

    /** Whether a connection to {@code jdbcUrl} as the local superuser succeeds. */
    public static boolean canConnect(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
