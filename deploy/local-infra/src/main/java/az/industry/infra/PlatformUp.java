package az.industry.infra;

import static az.industry.infra.CliOutput.say;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import az.industry.contracts.event.Topics;

/** {@code ./platform up} in named steps: keys, Kafka and its topics, PostgreSQL, the services, their readiness, a summary. */
final class PlatformUp {

    private final Installation installation;
    private final PidFiles pids;
    private final ServiceEnvironment environment;

    PlatformUp(Installation installation, PidFiles pids) {
        this.installation = installation;
        this.pids = pids;
        this.environment = new ServiceEnvironment(installation);
    }

    /** Starts whatever is not running yet (a part already listening on its port is left as it is) and prints where everything is. */
    void run() {
        ensureDirectoriesAndKeys();
        startKafkaAndCreateTopics();
        startPostgres();
        Map<ServiceSpec, Process> started = startServices();
        awaitReadiness(started);
        printSummary();
    }

    /** The run and log directories, and the key pair that signs local tokens (made on the first up). */
    private void ensureDirectoriesAndKeys() {
        installation.createDirectories();
        Jwt.ensureKeyPair(installation.keys());
    }

    /** The broker (unless one listens on its port already), then every topic the platform needs. */
    private void startKafkaAndCreateTopics() {
        String kafka = installation.kafkaBootstrap();
        if (Ports.listening(installation.kafkaPort())) {
            say("kafka", "already running on " + kafka);
        } else {
            say("kafka", "starting on " + kafka);
            KafkaBroker broker = KafkaBroker.start(installation.data().resolve("kafka"), installation.kafkaPort(),
                    installation.kafkaControllerPort(), Duration.ofSeconds(90), true);
            pids.write("kafka", broker.pid());
        }
        KafkaAdmin.createTopics(kafka, Topics.partitionsByTopic());
    }

    /** The PostgreSQL holder JVM with one database per service (unless one listens on its port already), until each database connects. */
    private void startPostgres() {
        int port = installation.postgresPort();
        if (Ports.listening(port)) {
            say("postgres", "already running on 127.0.0.1:" + port);
            return;
        }
        say("postgres", "starting on 127.0.0.1:" + port);
        List<String> args = new ArrayList<>(List.of(PostgresHolder.class.getName(),
                installation.data().resolve("postgres").toString(), String.valueOf(port)));
        ServiceSpec.ALL.forEach(s -> args.add(s.database()));
        // the first start on a machine unpacks the PostgreSQL binaries (xz), which needs more than 64 MB of heap
        Process holder = JavaProcess.start(List.of("-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")),
                args, Map.of(), installation.home(), installation.log("postgres"), true);
        pids.write("postgres", holder.pid());
        Wait.until("PostgreSQL on port " + port, Duration.ofSeconds(60), () -> {
            if (!holder.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited; see " + installation.log("postgres"));
            }
            return ServiceSpec.ALL.stream().allMatch(spec -> PostgresServer.canConnect(installation.jdbcUrl(spec.database())));
        });
    }

    /** Starts each service and the web app that does not listen on its port yet; returns those it started. */
    private Map<ServiceSpec, Process> startServices() {
        Map<ServiceSpec, Process> started = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.PROCESSES) {
            int port = installation.servicePort(spec);
            if (Ports.listening(port)) {
                say(spec.name(), "already running on " + port);
                continue;
            }
            say(spec.name(), "starting on " + port);
            boolean web = spec.database() == null;
            Process p = ServiceLauncher.start(installation.home(), spec, port, web ? null : installation.kafkaBootstrap(),
                    web ? null : installation.jdbcUrl(spec.database()), web ? environment.webApp() : environment.service(spec),
                    installation.log(spec.name()), true);
            pids.write(spec.name(), p.pid());
            started.put(spec, p);
        }
        return started;
    }

    /** Waits until every process answers ready and, if any was started, reporting's consumer group has its partitions. */
    private void awaitReadiness(Map<ServiceSpec, Process> started) {
        for (ServiceSpec spec : ServiceSpec.PROCESSES) {
            Process p = started.get(spec);
            ServiceLauncher.awaitReady(spec.name(), installation.servicePort(spec), p == null ? null : p.toHandle(),
                    Duration.ofSeconds(120), installation.log(spec.name()));
        }
        if (!started.isEmpty()) {
            // ready also means reporting has its partitions: until then a new record would wait for the group to form
            Wait.until("reporting-service's consumer group to be assigned its partitions", Duration.ofSeconds(60),
                    Duration.ofMillis(200), () -> KafkaAdmin.groupStable(installation.kafkaBootstrap(), "reporting-service"));
        }
    }

    private void printSummary() {
        System.out.println();
        System.out.println("Platform is up (data in " + installation.data() + ", logs in " + installation.logs() + "):");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            System.out.printf("  %-11s http://localhost:%d  (OpenAPI: /q/openapi, Swagger UI: /q/swagger-ui)%n",
                    spec.name(), installation.servicePort(spec));
        }
        System.out.printf("  %-11s http://localhost:%d/  (./platform dashboard prints a link that signs you in)%n", "web app",
                installation.servicePort(ServiceSpec.WEB_APP));
        System.out.printf("  %-11s 127.0.0.1:%d%n", "kafka", installation.kafkaPort());
        System.out.printf("  %-11s 127.0.0.1:%d (user postgres)%n", "postgres", installation.postgresPort());
    }
}
