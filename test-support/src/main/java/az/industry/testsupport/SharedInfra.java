package az.industry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import az.industry.contracts.event.Topics;
import az.industry.infra.KafkaBroker;
import az.industry.infra.Ports;
import az.industry.infra.PostgresServer;

/**
 * The Kafka broker and PostgreSQL server of one test JVM. Uses {@code KAFKA_BOOTSTRAP_SERVERS} and
 * {@code POSTGRES_HOST}/{@code POSTGRES_PORT}/{@code POSTGRES_USER}/{@code POSTGRES_PASSWORD} when set;
 * with {@code INFRA=testcontainers} and a Docker engine, Testcontainers; otherwise starts each once, on
 * random free ports, and stops it when the JVM exits.
 */
public final class SharedInfra {

    private static String bootstrapServers;
    private static KafkaBroker broker;
    private static PostgresServer postgres;
    private static Database admin;

    private SharedInfra() {
    }

    /** Connection details of one database. */
    public record Database(String jdbcUrl, String user, String password) {
    }

    /** The broker's bootstrap servers, with the platform's topics created. */
    public static synchronized String kafka() {
        if (bootstrapServers == null) {
            String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
            } else if (Containers.chosen()) {
                bootstrapServers = Containers.kafka();
            } else {
                broker = KafkaBroker.start(tempDir("kafka"), Ports.free(), Ports.free(), Duration.ofSeconds(90));
                bootstrapServers = broker.bootstrapServers();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-test-kafka"));
            }
            KafkaBroker.createTopics(bootstrapServers, Topics.partitionsByTopic());
        }
        return bootstrapServers;
    }

    /** A database named {@code name} (created if missing) on the shared PostgreSQL server. */
    public static synchronized Database database(String name) {
        if (admin == null) {
            String host = System.getenv("POSTGRES_HOST");
            if (host != null && !host.isBlank()) {
                int port = Integer.parseInt(envOr("POSTGRES_PORT", "5432"));
                admin = new Database(PostgresServer.jdbcUrl(host, port, "postgres"),
                        envOr("POSTGRES_USER", PostgresServer.USER), envOr("POSTGRES_PASSWORD", ""));
            } else if (Containers.chosen()) {
                admin = Containers.postgres();
            } else {
                postgres = PostgresServer.start(null, Ports.free());
                admin = new Database(postgres.jdbcUrl("postgres"), PostgresServer.USER, "");
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
            }
        }
        PostgresServer.ensureDatabase(admin.jdbcUrl(), admin.user(), admin.password(), name);
        String url = admin.jdbcUrl().substring(0, admin.jdbcUrl().lastIndexOf('/') + 1) + name;
        return new Database(url, admin.user(), admin.password());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory("iz-test-" + prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
