package az.industry.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The third way to get the real broker and database, where a Docker engine runs: Testcontainers, chosen
 * with {@code INFRA=testcontainers} (environment) or {@code -Dinfra=testcontainers}. Never the default.
 */
final class Containers {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String POSTGRES_IMAGE = "postgres:17-alpine";

    private Containers() {
    }

    static boolean chosen() {
        String choice = System.getProperty("infra", System.getenv("INFRA"));
        return "testcontainers".equalsIgnoreCase(choice);
    }

    /** Starts a Kafka container (stopped by Testcontainers' reaper when the JVM ends); returns its bootstrap servers. */
    @SuppressWarnings("resource")
    static String kafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }

    /** Starts a PostgreSQL container; returns an administrative connection to it. */
    @SuppressWarnings("resource")
    static SharedInfra.Database postgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        postgres.start();
        String url = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/postgres";
        return new SharedInfra.Database(url, postgres.getUsername(), postgres.getPassword());
    }
}
