package az.industry.e2e.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import az.industry.contracts.event.Topics;
import az.industry.infra.KafkaBroker;
import az.industry.infra.Ports;
import az.industry.infra.PostgresServer;
import az.industry.infra.ServiceLauncher;
import az.industry.infra.ServiceSpec;

/**
 * A real Kafka broker and PostgreSQL of the test's own, and reporting-service processes started from the built
 * {@code quarkus-run.jar} against them (consumer group and database per scenario), killed with SIGKILL at will.
 */
final class ReportingStack implements AutoCloseable {

    static final Path HOME = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    static final ServiceSpec REPORTING = ServiceSpec.named("reporting");

    final Path dir;
    final KafkaBroker kafka;
    final PostgresServer postgres;
    private final List<Process> processes = new ArrayList<>();

    ReportingStack() throws IOException {
        dir = Files.createTempDirectory("reporting-e2e");
        kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.free(), Ports.free(), Duration.ofSeconds(90));
        kafka.createTopics(Topics.partitionsByTopic());
        postgres = PostgresServer.start(null, Ports.free());
    }

    /** One running reporting-service process. */
    record Instance(String name, int port, Process process) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        /** SIGKILL: no shutdown hook, no offset commit, no leaving the group. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }
    }

    /** Starts an instance on {@code port} in consumer group {@code group} with database {@code database}. */
    Instance start(String name, int port, String group, String database) {
        postgres.ensureDatabase(database);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MP_MESSAGING_INCOMING_RECORDS_GROUP_ID", group);
        // a killed member's partitions move to the survivors within seconds, not the default 45 s
        env.put("MP_MESSAGING_INCOMING_RECORDS_SESSION_TIMEOUT_MS", "6000");
        env.put("MP_MESSAGING_INCOMING_RECORDS_HEARTBEAT_INTERVAL_MS", "1000");
        env.putAll(az.industry.e2e.E2eKeys.env());
        Path log = dir.resolve(name + "-" + System.nanoTime() + ".log");
        Process p = ServiceLauncher.start(HOME, REPORTING, port, kafka.bootstrapServers(), postgres.jdbcUrl(database), env,
                log, false);
        processes.add(p);
        ServiceLauncher.awaitReady(name, port, p.toHandle(), Duration.ofSeconds(120), log);
        return new Instance(name, port, p);
    }

    /** {@code events_applied} as the database holds it (read directly, e.g. while no instance runs). */
    long eventsApplied(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT events_applied FROM projection_status WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        kafka.close();
        postgres.close();
    }
}
