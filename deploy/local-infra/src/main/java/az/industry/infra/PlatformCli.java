package az.industry.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import az.industry.contracts.event.Topics;

/**
 * The {@code ./platform} command: {@code up}, {@code down}, {@code status}. Starts a real Kafka broker, a real
 * PostgreSQL and the four services as background processes (pid files and logs under the data directory),
 * and stops them again. Ports and the data directory come from environment variables.
 */
public final class PlatformCli {

    private final Path home;
    private final Path data;
    private final Path run;
    private final Path logs;

    PlatformCli(Path home) {
        this.home = home;
        this.data = Path.of(env("PLATFORM_DATA_DIR", home.resolve(".data").toString())).toAbsolutePath();
        this.run = data.resolve("run");
        this.logs = data.resolve("logs");
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("platform.home", ".")).toAbsolutePath().normalize();
        PlatformCli cli = new PlatformCli(home);
        String verb = args.length == 0 ? "help" : args[0];
        try {
            switch (verb) {
                case "up" -> cli.up();
                case "down" -> cli.down();
                case "status" -> System.exit(cli.status() ? 0 : 3);
                case "token" -> System.out.println(cli.token(java.util.Arrays.copyOfRange(args, 1, args.length)));
                case "dashboard" -> System.out.println(cli.dashboardLink(java.util.Arrays.copyOfRange(args, 1, args.length)));
                case "open" -> System.out.println(cli.openLink(java.util.Arrays.copyOfRange(args, 1, args.length)));
                case "rebuild" -> cli.rebuild();
                case "demo" -> cli.demo();
                case "bench" -> cli.bench(java.util.Arrays.copyOfRange(args, 1, args.length));
                default -> {
                    System.err.println("usage: ./platform up|down|status|token|dashboard|open|rebuild|demo|bench"
                            + " (token and open: " + LocalTokens.USAGE + ")");
                    System.exit(2);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("platform " + verb + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static int port(String variable, int fallback) {
        return Integer.parseInt(env(variable, String.valueOf(fallback)));
    }

    static int kafkaPort() {
        return port("KAFKA_PORT", 9092);
    }

    static int kafkaControllerPort() {
        return port("KAFKA_CONTROLLER_PORT", 9093);
    }

    static int postgresPort() {
        return port("POSTGRES_PORT", 15432);
    }

    static int servicePort(ServiceSpec spec) {
        return port(spec.portVariable(), spec.defaultPort());
    }

    Path keys() {
        return data.resolve("keys");
    }

    void up() {
        mkdirs(run, logs);
        Jwt.ensureKeyPair(keys());
        String kafka = Ports.LOOPBACK + ":" + kafkaPort();
        if (Ports.listening(kafkaPort())) {
            say("kafka", "already running on " + kafka);
        } else {
            say("kafka", "starting on " + kafka);
            KafkaBroker broker = KafkaBroker.start(data.resolve("kafka"), kafkaPort(), kafkaControllerPort(),
                    Duration.ofSeconds(90), true);
            writePid("kafka", broker.pid());
        }
        KafkaBroker.createTopics(kafka, Topics.partitionsByTopic());

        if (Ports.listening(postgresPort())) {
            say("postgres", "already running on 127.0.0.1:" + postgresPort());
        } else {
            say("postgres", "starting on 127.0.0.1:" + postgresPort());
            List<String> args = new ArrayList<>(List.of("az.industry.infra.PostgresHolder",
                    data.resolve("postgres").toString(), String.valueOf(postgresPort())));
            ServiceSpec.ALL.forEach(s -> args.add(s.database()));
            // the first start on a machine unpacks the PostgreSQL binaries (xz), which needs more than 64 MB of heap
            Process holder = JavaProcess.start(List.of("-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")),
                    args, Map.of(), home, logs.resolve("postgres.log"), true);
            writePid("postgres", holder.pid());
            Wait.until("PostgreSQL on port " + postgresPort(), Duration.ofSeconds(60), () -> {
                if (!holder.isAlive()) {
                    throw new IllegalStateException("PostgreSQL exited; see " + logs.resolve("postgres.log"));
                }
                return ServiceSpec.ALL.stream().allMatch(spec -> PostgresServer.canConnect(
                        PostgresServer.jdbcUrl(Ports.LOOPBACK, postgresPort(), spec.database())));
            });
        }

        Map<ServiceSpec, Process> started = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.PROCESSES) {
            int port = servicePort(spec);
            if (Ports.listening(port)) {
                say(spec.name(), "already running on " + port);
                continue;
            }
            say(spec.name(), "starting on " + port);
            boolean web = spec.database() == null;
            Process p = ServiceLauncher.start(home, spec, port, web ? null : kafka,
                    web ? null : PostgresServer.jdbcUrl(Ports.LOOPBACK, postgresPort(), spec.database()),
                    web ? webAppEnv() : serviceEnv(), logs.resolve(spec.name() + ".log"), true);
            writePid(spec.name(), p.pid());
            started.put(spec, p);
        }
        for (ServiceSpec spec : ServiceSpec.PROCESSES) {
            Process p = started.get(spec);
            ServiceLauncher.awaitReady(spec.name(), servicePort(spec), p == null ? null : p.toHandle(),
                    Duration.ofSeconds(120), logs.resolve(spec.name() + ".log"));
        }
        if (!started.isEmpty()) {
            // ready also means reporting has its partitions: until then a new record would wait for the group to form
            Wait.until("reporting-service's consumer group to be assigned its partitions", Duration.ofSeconds(60),
                    Duration.ofMillis(200), () -> KafkaBroker.groupStable(kafka, "reporting-service"));
        }
        System.out.println();
        System.out.println("Platform is up (data in " + data + ", logs in " + logs + "):");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            System.out.printf("  %-11s http://localhost:%d  (OpenAPI: /q/openapi, Swagger UI: /q/swagger-ui)%n",
                    spec.name(), servicePort(spec));
        }
        System.out.printf("  %-11s http://localhost:%d/  (./platform dashboard prints a link that signs you in)%n", "web app",
                servicePort(ServiceSpec.WEB_APP));
        System.out.printf("  %-11s http://localhost:%d/%n", "dashboard", servicePort(ServiceSpec.named("reporting")));
        System.out.printf("  %-11s 127.0.0.1:%d%n", "kafka", kafkaPort());
        System.out.printf("  %-11s 127.0.0.1:%d (user postgres)%n", "postgres", postgresPort());
    }

    /** Configuration every service gets from the local installation: where its token verification key is. */
    Map<String, String> serviceEnv() {
        String issuer = env("OIDC_ISSUER", null); // a Keycloak realm (deploy/keycloak) instead of the local key pair
        if (issuer != null) {
            return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", issuer + "/protocol/openid-connect/certs", "MP_JWT_VERIFY_ISSUER", issuer);
        }
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys().resolve(Jwt.PUBLIC_KEY_FILE).toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", Jwt.LOCAL_ISSUER);
    }

    /** Where the web app finds each service: this installation's ports on loopback. */
    Map<String, String> webAppEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            env.put("WEBAPP_UPSTREAM_" + spec.name().toUpperCase(java.util.Locale.ROOT),
                    "http://" + Ports.LOOPBACK + ":" + servicePort(spec));
        }
        if (env("OIDC_ISSUER", null) != null) { // the page then signs in there (authorization code flow with PKCE)
            env.put("WEBAPP_OIDC_ISSUER", env("OIDC_ISSUER", null));
            env.put("WEBAPP_OIDC_CLIENT_ID", env("OIDC_CLIENT_ID", "industry-web"));
        }
        return env;
    }

    /** {@code token --role ROLE [--zones id1,id2] [--subject NAME] [--ttl 8h]}: a token signed with this installation's key. */
    String token(String[] args) {
        return new LocalTokens(keys()).mint("token", args);
    }

    /** {@code dashboard [--ttl 8h]}: the web app's address signed in as a manager (see {@link #signInLink}). */
    String dashboardLink(String[] args) {
        String[] tokenArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of("--role", "manager"),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        return signInLink("dashboard", tokenArgs);
    }

    /**
     * {@code open --role ROLE [--zones id1,id2] [--subject NAME] [--ttl 8h]}: the web app's address signed in as that
     * person (subject {@code ROLE@local} unless given), e.g. an operator to enter production for their zones.
     */
    String openLink(String[] args) {
        return signInLink("open", args);
    }

    /**
     * The web app's address with a token for {@code tokenArgs} in its fragment ({@code #token=}), which signs the
     * browser in once and never reaches a server log.
     */
    private String signInLink(String verb, String[] tokenArgs) {
        if (env("OIDC_ISSUER", null) != null) { // the services accept only the provider's tokens: the page signs in there
            return "http://localhost:" + servicePort(ServiceSpec.WEB_APP) + "/";
        }
        String token = new LocalTokens(keys()).mint(verb, tokenArgs);
        return "http://localhost:" + servicePort(ServiceSpec.WEB_APP) + "/#token=" + token;
    }

    void down() {
        List<String> order = new ArrayList<>();
        for (int i = ServiceSpec.PROCESSES.size() - 1; i >= 0; i--) {
            order.add(ServiceSpec.PROCESSES.get(i).name());
        }
        order.add("postgres");
        order.add("kafka");
        for (String part : order) {
            Optional<ProcessHandle> process = readPid(part).flatMap(ProcessHandle::of);
            if (process.isPresent() && process.get().isAlive()) {
                say(part, "stopping (pid " + process.get().pid() + ")");
                KafkaBroker.stop(process.get(), Duration.ofSeconds(40));
            }
            deletePid(part);
        }
        stopOrphanPostgres();
        List<String> busy = new ArrayList<>();
        for (String part : order) {
            int port = portOf(part);
            try {
                Wait.until("port " + port + " to close", Duration.ofSeconds(20), () -> !Ports.listening(port));
            } catch (IllegalStateException e) {
                busy.add(part + ":" + port);
            }
        }
        if (!busy.isEmpty()) {
            throw new IllegalStateException("still listening (not started by ./platform?): " + busy);
        }
        System.out.println("Platform is down.");
    }

    /** If the PostgreSQL holder died without stopping the server, stop the server through its pid file. */
    private void stopOrphanPostgres() {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(h -> {
                say("postgres", "stopping orphaned server (pid " + pid + ")");
                KafkaBroker.stop(h, Duration.ofSeconds(30));
            });
        } catch (IOException | RuntimeException e) {
            // no readable pid file: nothing to stop
        }
    }

    /** Loads the published-figures scenario through the public APIs and prints the headline figures. */
    void demo() {
        java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        String zones = String.join(",", DemoLoader.allZones());
        new DemoLoader(role -> tokens.computeIfAbsent(role, r -> token(new String[] { "--role", r, "--zones", zones, "--ttl", "1h" })),
                service -> servicePort(ServiceSpec.named(service))).run();
    }

    /**
     * {@code bench [--big] [--restart]}: measures the running platform beside baselines taken in the same run and writes
     * the table into BENCHMARKS.md (see {@link az.industry.infra.bench.Bench}).
     */
    void bench(String[] args) {
        java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        String zones = String.join(",", DemoLoader.allZones());
        az.industry.infra.bench.BenchSettings settings = az.industry.infra.bench.BenchSettings.from(List.of(args), System.getenv(),
                home.resolve("BENCHMARKS.md"));
        az.industry.infra.bench.BenchTarget target = new az.industry.infra.bench.BenchTarget(Ports.LOOPBACK + ":" + kafkaPort(),
                PostgresServer.jdbcUrl(Ports.LOOPBACK, postgresPort(), "postgres"), PostgresServer.USER,
                service -> servicePort(ServiceSpec.named(service)),
                role -> tokens.computeIfAbsent(role, r -> token(new String[] { "--role", r, "--zones", zones, "--ttl", "8h" })),
                this::servicePids, this::restartServices, data.toString(), !data.equals(home.resolve(".data").toAbsolutePath()));
        try {
            new az.industry.infra.bench.Bench(target, settings).run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The pid of each service's JVM (reporting and the three write services) from its pid file, where it runs. */
    Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            readPid(spec.name()).filter(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false))
                    .ifPresent(p -> pids.put(spec.name(), p));
        }
        return pids;
    }

    /** Stops the four services (not the web app, Kafka or PostgreSQL) and starts them again with {@link #up()}. */
    void restartServices() {
        for (int i = ServiceSpec.ALL.size() - 1; i >= 0; i--) {
            ServiceSpec spec = ServiceSpec.ALL.get(i);
            Optional<ProcessHandle> process = readPid(spec.name()).flatMap(ProcessHandle::of);
            if (process.isPresent() && process.get().isAlive()) {
                say(spec.name(), "stopping (pid " + process.get().pid() + ")");
                KafkaBroker.stop(process.get(), Duration.ofSeconds(40));
            }
            deletePid(spec.name());
            int port = servicePort(spec);
            Wait.until("port " + port + " to close", Duration.ofSeconds(20), () -> !Ports.listening(port));
        }
        up();
    }

    /** Asks reporting-service (as admin) to rebuild every projection from the start of the topics. */
    void rebuild() {
        String token = token(new String[] { "--role", "admin", "--ttl", "10m" });
        java.net.http.HttpResponse<String> response = new PlatformHttp(service -> servicePort(ServiceSpec.named(service)),
                role -> token).post("reporting", "/api/admin/rebuild", "admin", null, null);
        System.out.println("rebuild: HTTP " + response.statusCode() + " " + response.body());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("reporting-service refused the rebuild");
        }
    }


    boolean status() {
        boolean allUp = true;
        List<String> parts = new ArrayList<>(List.of("kafka", "postgres"));
        ServiceSpec.PROCESSES.forEach(s -> parts.add(s.name()));
        for (String part : parts) {
            int port = portOf(part);
            boolean up = part.equals("kafka") || part.equals("postgres") ? Ports.listening(port) : ServiceLauncher.ready(port);
            String pid = readPid(part).filter(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false))
                    .map(p -> " pid " + p).orElse("");
            System.out.printf("%-11s %-5s port %d%s%n", part, up ? "up" : "down", port, pid);
            allUp &= up;
        }
        return allUp;
    }

    private int portOf(String part) {
        return switch (part) {
            case "kafka" -> kafkaPort();
            case "postgres" -> postgresPort();
            default -> servicePort(ServiceSpec.named(part));
        };
    }

    private void writePid(String part, long pid) {
        try {
            Files.writeString(run.resolve(part + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> readPid(String part) {
        try {
            Path file = run.resolve(part + ".pid");
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void deletePid(String part) {
        try {
            Files.deleteIfExists(run.resolve(part + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path... dirs) {
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void say(String part, String message) {
        System.out.printf("%-11s %s%n", part, message);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
