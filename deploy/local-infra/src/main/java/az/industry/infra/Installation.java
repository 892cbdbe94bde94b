package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where this installation lives and listens: its home, data, run, log and key directories and every port, from the environment. */
final class Installation {

    private final Path home;
    private final Path data;

    Installation(Path home) {
        this.home = home;
        this.data = Path.of(env("PLATFORM_DATA_DIR", home.resolve(".data").toString())).toAbsolutePath();
    }

    /** The checkout: the services' jars are under it. */
    Path home() {
        return home;
    }

    /** {@code PLATFORM_DATA_DIR}, by default {@code <home>/.data}. */
    Path data() {
        return data;
    }

    /** Whether the data directory is another than the default one (a scratch directory for {@code bench --big} or {@code --soak}). */
    boolean scratchData() {
        return !data.equals(home.resolve(".data").toAbsolutePath());
    }

    /** The pid files. */
    Path run() {
        return data.resolve("run");
    }

    /** Each process's log. */
    Path logs() {
        return data.resolve("logs");
    }

    /** The key pair that signs local tokens. */
    Path keys() {
        return data.resolve("keys");
    }

    /** The log of {@code part} (kafka, postgres or a service's name). */
    Path log(String part) {
        return logs().resolve(part + ".log");
    }

    /** Creates the run and log directories. */
    void createDirectories() {
        try {
            Files.createDirectories(run());
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int kafkaPort() {
        return port("KAFKA_PORT", 9092);
    }

    int kafkaControllerPort() {
        return port("KAFKA_CONTROLLER_PORT", 9093);
    }

    /** {@code 127.0.0.1:<kafka port>}. */
    String kafkaBootstrap() {
        return Ports.LOOPBACK + ":" + kafkaPort();
    }

    int postgresPort() {
        return port("POSTGRES_PORT", 15432);
    }

    /** The JDBC URL of {@code database} on this installation's PostgreSQL. */
    String jdbcUrl(String database) {
        return PostgresServer.jdbcUrl(Ports.LOOPBACK, postgresPort(), database);
    }

    int servicePort(ServiceSpec spec) {
        return port(spec.portVariable(), spec.defaultPort());
    }

    /** The port of the service called {@code name}. */
    int servicePort(String name) {
        return servicePort(ServiceSpec.named(name));
    }

    /** Every part ./platform runs, in the order it starts them: Kafka, PostgreSQL, then each service and the web app. */
    static List<String> parts() {
        List<String> parts = new ArrayList<>(List.of("kafka", "postgres"));
        ServiceSpec.PROCESSES.forEach(s -> parts.add(s.name()));
        return parts;
    }

    /** The port of {@code part}: kafka, postgres or a service's name. */
    int portOf(String part) {
        return switch (part) {
            case "kafka" -> kafkaPort();
            case "postgres" -> postgresPort();
            default -> servicePort(part);
        };
    }

    private static int port(String variable, int fallback) {
        return Integer.parseInt(env(variable, String.valueOf(fallback)));
    }

    /** The environment variable {@code name}, or {@code fallback} if it is unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
