package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import az.industry.contracts.event.Topics;
import az.industry.contracts.http.ApiRoutes;

/**
 * The non-local ways to run the platform (deploy/docker, deploy/compose, deploy/kubernetes) cannot be run on a
 * machine without Docker or Kubernetes, so this test reads them and fails when they drift from the code: the
 * topics and partitions the platform creates, each service's port and database (its application.properties),
 * the environment variables the services and the web app read, the health endpoints, the fast-jar layout, the one
 * route table (contracts' {@link ApiRoutes}), autoscalers, disruption budgets and network policies. Every Quarkus
 * application of the build must be a {@link ServiceSpec} process, and every check runs over all of them, so a
 * module added later is covered without touching this test. Expected values come from the code wherever the code
 * states them.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path DOCKERFILE = ROOT.resolve("deploy/docker/Dockerfile.jvm");
    private static final Path DOCKERIGNORE = ROOT.resolve(".dockerignore");
    private static final Path COMPOSE_FILE = ROOT.resolve("deploy/compose/docker-compose.yml");
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new YAMLMapper();

    /** The parts of Quarkus' fast-jar ({@code target/quarkus-app}) a service needs at run time. */
    private static final List<String> FAST_JAR_PARTS = List.of("lib/", "quarkus-run.jar", "app/", "quarkus/");
    /** Environment variables through which the services get their Kafka, database and token verification. */
    private static final List<String> SERVICE_ENV = List.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    private static final String READY = "/q/health/ready";
    private static final String LIVE = "/q/health/live";

    @TempDir
    Path temp;

    // ---- what the code says ---------------------------------------------------------------------------------

    /**
     * A process of the platform as its module declares it: port and database (null for one without, the web app)
     * from its application.properties, and how ./platform names it.
     */
    record App(ServiceSpec spec, String module, int port, String database) {
        boolean hasDatabase() {
            return database != null;
        }
    }

    /** Every process ./platform starts: the services and the web app. */
    private static List<App> apps() {
        List<App> apps = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.PROCESSES) {
            Properties p = applicationProperties(spec.module());
            int port = Integer.parseInt(required(p, "quarkus.http.port", spec.module()));
            String url = p.getProperty("quarkus.datasource.jdbc.url");
            String database = url == null || url.isBlank() ? null : Jdbc.parse(url.trim()).database();
            apps.add(new App(spec, spec.module(), port, database));
        }
        return apps;
    }

    /** The services behind the web app: each with its database, Kafka and token verification. */
    private static List<App> backends() {
        return apps().stream().filter(App::hasDatabase).toList();
    }

    private static App webApp() {
        List<App> front = apps().stream().filter(a -> !a.hasDatabase()).toList();
        assertEquals(1, front.size(), "one process without a database, the web app: " + front);
        assertEquals(ServiceSpec.WEB_APP.module(), front.get(0).module());
        return front.get(0);
    }

    private static App app(String module) {
        return apps().stream().filter(a -> a.module().equals(module)).findFirst()
                .orElseThrow(() -> new AssertionError("no process " + module + " in ServiceSpec.PROCESSES"));
    }

    /**
     * What ./platform gives the web app (its upstream per service) plus whether it proxies: every variable the web
     * app reads to find the services.
     */
    private Map<String, String> webAppLocalEnv() {
        Map<String, String> env = new TreeMap<>(new ServiceEnvironment(new Installation(temp)).webApp());
        env.keySet().removeIf(k -> k.startsWith("WEBAPP_OIDC_"));
        env.put("WEBAPP_PROXY_ENABLED", "true");
        return env;
    }

    /** The upstream variable of each service, e.g. WEBAPP_UPSTREAM_INVESTMENT for investment-service. */
    private static Map<String, App> upstreamVariables() {
        Map<String, App> byVariable = new TreeMap<>();
        for (App app : backends()) {
            byVariable.put("WEBAPP_UPSTREAM_" + app.spec().name().toUpperCase(java.util.Locale.ROOT), app);
        }
        return byVariable;
    }

    /** The topics ./platform and the tests create (sorted by name). */
    private static Map<String, Integer> expectedTopics() {
        return new TreeMap<>(Topics.partitionsByTopic());
    }

    /** The settings the local single-node broker is started with (KafkaBroker's server.properties). */
    private Properties localBrokerConfig() throws Exception {
        Method write = KafkaBroker.class.getDeclaredMethod("writeConfig", Path.class, Path.class, int.class, int.class);
        write.setAccessible(true);
        Path file = (Path) write.invoke(null, temp, temp.resolve("log"), 9092, 9093);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    /** The replication settings of Kafka's internal topics that the local broker has to lower to one node. */
    private Map<String, String> internalTopicReplicationSettings() throws Exception {
        Map<String, String> settings = new TreeMap<>();
        localBrokerConfig().forEach((k, v) -> {
            String key = (String) k;
            if (key.endsWith(".replication.factor") || key.endsWith(".min.isr")) {
                settings.put(key, (String) v);
            }
        });
        assertTrue(settings.size() >= 4, "KafkaBroker's config names the internal topics' replication: " + settings);
        return settings;
    }

    @Test
    void serviceSpecsAgreeWithEachServicesApplicationProperties() {
        for (App app : apps()) {
            assertEquals(app.port(), app.spec().defaultPort(), app.module() + ": ServiceSpec port vs quarkus.http.port");
            assertEquals(app.database(), app.spec().database(), app.module() + ": ServiceSpec database vs the JDBC URL");
        }
    }

    /** The guard that makes every other check cover a new module: each Quarkus application of the build is a process. */
    @Test
    void everyQuarkusApplicationOfTheBuildIsAProcessOfThePlatform() {
        Set<String> quarkusApps = new TreeSet<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        while (m.find()) {
            String module = m.group(1).trim();
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
                quarkusApps.add(module);
            }
        }
        assertTrue(quarkusApps.contains("web-app") && quarkusApps.contains("reporting-service"), "found " + quarkusApps);
        Set<String> processes = ServiceSpec.PROCESSES.stream().map(ServiceSpec::module).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(quarkusApps, processes, "every Quarkus application of the root pom is in ServiceSpec.PROCESSES (and so in "
                + "every check here), and nothing else is");
    }

    /** The web app finds each service through one setting per service, and ./platform gives it exactly those. */
    @Test
    void theWebAppReadsAnUpstreamForEveryServiceAndTheRouteTableNamesOnlyServicesThatRun() {
        Matcher m = Pattern.compile("URI\\s+(\\w+)\\(\\)").matcher(read(ROOT.resolve(
                "web-app/src/main/java/az/industry/webapp/config/WebAppConfig.java")));
        Set<String> read = new TreeSet<>();
        while (m.find()) {
            read.add("WEBAPP_UPSTREAM_" + m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        assertEquals(upstreamVariables().keySet(), read, "WebAppConfig.Upstreams has one address per service");
        Set<String> local = new TreeSet<>(webAppLocalEnv().keySet());
        local.remove("WEBAPP_PROXY_ENABLED");
        assertEquals(upstreamVariables().keySet(), local, "./platform gives the web app every upstream");
        Set<String> modules = apps().stream().map(App::module).collect(Collectors.toSet());
        assertTrue(modules.containsAll(ApiRoutes.services()), "the route table names only processes of the platform: "
                + ApiRoutes.services());
        assertTrue(modules.contains(ApiRoutes.WEB_APP), ApiRoutes.WEB_APP);
    }

    @Test
    void reportingConsumesAndDeadLettersOnlyTopicsThatAreCreated() {
        Properties p = applicationProperties("reporting-service");
        Set<String> used = new TreeSet<>();
        p.stringPropertyNames().forEach(key -> {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?") || key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.topic")) {
                Stream.of(p.getProperty(key).split(",")).map(String::trim).forEach(used::add);
            }
        });
        // the channels' topics come from contracts' Topics through reporting's TopicsConfigSource unless the file names others
        Path source = ROOT.resolve("reporting-service/src/main/resources/META-INF/services/"
                + "org.eclipse.microprofile.config.spi.ConfigSource");
        assertTrue(Files.isRegularFile(source) && readUnchecked(source).contains("TopicsConfigSource"),
                "reporting-service registers TopicsConfigSource");
        used.addAll(Topics.recordTopics());
        used.add(Topics.REPORTING_DEAD_LETTER);
        assertFalse(used.isEmpty(), "reporting-service names its topics");
        assertTrue(expectedTopics().keySet().containsAll(used),
                "reporting-service uses " + used + ", the platform creates " + expectedTopics().keySet());
    }

    // ---- the image ------------------------------------------------------------------------------------------

    @Test
    void dockerfileBuildsTheFastJarOfTheServiceItIsGiven() throws IOException {
        List<String[]> instructions = dockerInstructions();
        Set<String> args = instructions.stream().filter(i -> i[0].equals("ARG")).map(i -> i[1].split("=")[0].trim())
                .collect(Collectors.toSet());
        assertTrue(args.containsAll(List.of("SERVICE", "PORT")), "Dockerfile declares ARG SERVICE and ARG PORT: " + args);

        String base = instructions.stream().filter(i -> i[0].equals("ARG") && i[1].startsWith("BASE_IMAGE="))
                .map(i -> i[1].substring("BASE_IMAGE=".length()).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile takes its base image as ARG BASE_IMAGE=<default>"));
        String declared = instructions.stream().filter(i -> i[0].equals("FROM")).map(i -> i[1].trim()).findFirst().orElseThrow();
        assertEquals("${BASE_IMAGE}", declared, "FROM the BASE_IMAGE build argument");
        String from = base; // the default: the public image
        assertPinned(from, "Dockerfile FROM");
        String release = pomProperty("maven.compiler.release");
        assertTrue(from.startsWith("registry.access.redhat.com/ubi9/openjdk-" + release + "-runtime:"),
                "the runtime image runs the Java release the code is compiled for (" + release + "): " + from);

        Map<String, String> copies = new LinkedHashMap<>(); // source -> destination
        for (String[] i : instructions) {
            if (i[0].equals("COPY")) {
                List<String> words = new ArrayList<>(List.of(i[1].trim().split("\\s+")));
                words.removeIf(w -> w.startsWith("--"));
                assertEquals(2, words.size(), "COPY <source> <destination>: " + i[1]);
                copies.put(words.get(0), words.get(1));
            }
        }
        String prefix = "${SERVICE}/target/quarkus-app/";
        String entrypointScript = "deploy/docker/run-service.sh";
        String entrypoint = copies.remove(entrypointScript);
        assertTrue(entrypoint != null, "the image gets its entrypoint script " + entrypointScript + "; COPY sources: " + copies.keySet());
        assertTrue(instructions.stream().anyMatch(i -> i[0].equals("ENTRYPOINT") && i[1].contains("\"" + entrypoint + "\"")),
                "ENTRYPOINT runs " + entrypoint);
        for (String source : copies.keySet()) {
            assertTrue(source.startsWith(prefix), "every other COPY takes from the named service's fast-jar: " + source);
        }
        for (String part : FAST_JAR_PARTS) {
            assertTrue(copies.keySet().stream().anyMatch(s -> glob(s.substring(prefix.length())).test(part)),
                    "the image gets the fast-jar's " + part + "; COPY sources: " + copies.keySet());
        }
        String runJarDestination = copies.entrySet().stream()
                .filter(e -> glob(e.getKey().substring(prefix.length())).test("quarkus-run.jar")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        String script = Files.readString(ROOT.resolve(entrypointScript));
        assertTrue(script.contains("-jar " + runJarDestination + "quarkus-run.jar"),
                "the entrypoint starts quarkus-run.jar where it is copied (" + runJarDestination + ")");
        assertTrue(Files.isExecutable(ROOT.resolve(entrypointScript)), entrypointScript + " is executable");
        assertTrue(Files.readString(ROOT.resolve(".dockerignore")).lines().anyMatch(l -> l.equals("!" + entrypointScript)),
                ".dockerignore lets the entrypoint script into the build context");

        assertTrue(instructions.stream().anyMatch(i -> i[0].equals("EXPOSE") && i[1].trim().equals("${PORT}")),
                "the image EXPOSEs the PORT it is built for");
        assertTrue(instructions.stream().anyMatch(i -> i[0].equals("USER") && i[1].trim().equals("185")),
                "the image runs as the non-root user 185");
        assertTrue(env(instructions).getOrDefault("JAVA_OPTS_APPEND", "").contains("-Dquarkus.http.host=0.0.0.0"),
                "JAVA_OPTS_APPEND makes Quarkus listen on every interface of the container");

        for (App app : apps()) {
            String pom = Files.readString(ROOT.resolve(app.module()).resolve("pom.xml"));
            assertTrue(pom.contains("<artifactId>quarkus-maven-plugin</artifactId>"), app.module() + " builds a Quarkus app");
            String type = applicationProperties(app.module()).getProperty("quarkus.package.jar.type", "fast-jar");
            assertEquals("fast-jar", type, app.module() + " packages the fast-jar layout the Dockerfile copies");
            Path built = ROOT.resolve(app.module()).resolve("target/quarkus-app");
            if (Files.isDirectory(built)) { // where it is built already: the layout is really there
                for (String source : copies.keySet()) {
                    String pattern = source.substring(prefix.length());
                    try (Stream<Path> entries = Files.list(built)) {
                        assertTrue(entries.map(e -> e.getFileName() + (Files.isDirectory(e) ? "/" : "")).anyMatch(glob(pattern)),
                                built + " has nothing for COPY " + source);
                    }
                }
            }
        }
    }

    /** deploy/images/build (ComposeStackTest's images, without a registry) builds an image of every process on its port. */
    @Test
    void imagesBuildMakesAnImageOfEveryProcess() {
        Matcher list = Pattern.compile("(?m)^services=\\(([^)]*)\\)").matcher(read(ROOT.resolve("deploy/images/build")));
        assertTrue(list.find(), "deploy/images/build lists its services as services=(\"module:port\" ...)");
        Set<String> built = new TreeSet<>();
        Matcher entry = Pattern.compile("\"([^\"]+)\"").matcher(list.group(1));
        while (entry.find()) {
            built.add(entry.group(1));
        }
        Set<String> expected = apps().stream().map(a -> a.module() + ":" + a.port()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, built, "deploy/images/build's services, each module:port");
    }

    @Test
    void dockerignoreSendsTheFastJarsAndNothingPrivate() throws IOException {
        DockerIgnore ignore = new DockerIgnore(Files.readAllLines(DOCKERIGNORE));
        for (App app : apps()) {
            for (String file : List.of("quarkus-run.jar", "lib/main/io.quarkus.quarkus-core-3.jar", "app/" + app.module() + ".jar",
                    "quarkus/quarkus-application.dat", "lib/boot/io.quarkus.quarkus-bootstrap-runner-3.jar")) {
                String path = app.module() + "/target/quarkus-app/" + file;
                assertFalse(ignore.excludes(path), ".dockerignore must let " + path + " into the build context");
            }
        }
        for (String path : List.of(".data/keys/jwt-private.pem", ".data/postgres/PG_VERSION", ".git/config")) {
            assertTrue(ignore.excludes(path), ".dockerignore must keep " + path + " out of the build context");
        }
    }

    // ---- docker compose -------------------------------------------------------------------------------------

    @Test
    void composeCreatesEveryTopicWithItsPartitions() {
        JsonNode init = composeService(kafkaInitName());
        Map<String, Integer> created = new TreeMap<>();
        for (String line : commandText(init).split("\\R")) {
            if (!line.contains("kafka-topics.sh")) {
                continue;
            }
            List<String> words = List.of(line.trim().split("\\s+"));
            assertTrue(words.contains("--create") && words.contains("--if-not-exists"),
                    "kafka-init creates topics idempotently (--create --if-not-exists): " + line);
            created.put(valueAfter(words, "--topic", line), Integer.parseInt(valueAfter(words, "--partitions", line)));
        }
        assertEquals(expectedTopics(), created, "topics and partitions kafka-init creates");
        assertEquals("service_healthy", init.at("/depends_on/" + kafkaName() + "/condition").asText(),
                "kafka-init waits until Kafka is healthy");
    }

    @Test
    void composeRunsTheBrokerVersionAsASingleSafeNode() throws Exception {
        String version = pomProperty("kafka.broker.version");
        JsonNode kafka = composeService(kafkaName());
        assertEquals("apache/kafka:" + version, kafka.path("image").asText(), "compose runs the Kafka ./platform runs");
        assertEquals("apache/kafka:" + version, composeService(kafkaInitName()).path("image").asText());
        Map<String, String> env = composeEnv(kafka);
        assertTrue(env.getOrDefault("KAFKA_PROCESS_ROLES", "").matches("(broker,controller|controller,broker)"),
                "KRaft, one combined node: " + env.get("KAFKA_PROCESS_ROLES"));
        Properties local = localBrokerConfig();
        Map<String, String> expected = new TreeMap<>(internalTopicReplicationSettings());
        expected.put("auto.create.topics.enable", local.getProperty("auto.create.topics.enable"));
        expected.put("num.partitions", local.getProperty("num.partitions"));
        expected.forEach((key, value) -> assertEquals(value, env.get("KAFKA_" + key.toUpperCase().replace('.', '_')),
                "compose's single broker sets " + key + " as the local broker does"));
        assertTrue(kafka.path("healthcheck").has("test"), "Kafka has a health check the others wait for");
    }

    @Test
    void composeRunsEachServiceFromTheOneDockerfileOnItsPort() {
        String version = projectVersion();
        for (App app : apps()) {
            JsonNode service = composeService(app.module());
            JsonNode build = service.path("build");
            Path context = COMPOSE_FILE.getParent().resolve(build.path("context").asText()).normalize();
            assertEquals(ROOT, context, app.module() + ": build context is the repository root");
            assertEquals(DOCKERFILE, context.resolve(build.path("dockerfile").asText()).normalize(), app.module() + ": dockerfile");
            assertEquals(app.module(), build.at("/args/SERVICE").asText(), app.module() + ": build arg SERVICE");
            assertEquals(String.valueOf(app.port()), build.at("/args/PORT").asText(), app.module() + ": build arg PORT");
            String image = service.path("image").asText();
            assertPinned(image, app.module() + " image");
            assertTrue(image.endsWith("/" + app.module() + ":" + version), app.module() + " image named and tagged "
                    + version + ": " + image);

            List<String[]> ports = new ArrayList<>();
            service.path("ports").forEach(p -> ports.add(portMapping(interpolate(p.asText()))));
            assertTrue(ports.stream().anyMatch(p -> p[1].equals(String.valueOf(app.port())) && p[0].equals(String.valueOf(app.port()))),
                    app.module() + " is published on the contract's port " + app.port() + ": " + service.path("ports"));

            String published = readAll(COMPOSE_FILE).get(0).at("/services/" + app.module() + "/ports").toString();
            assertTrue(published.contains("${" + app.spec().portVariable() + ":-" + app.port() + "}"),
                    app.module() + " is published on ${" + app.spec().portVariable() + "}, as ./platform names it: " + published);

            String check = commandText(service.path("healthcheck"));
            assertTrue(check.contains(READY) && check.contains(String.valueOf(app.port())),
                    app.module() + "'s health check asks " + READY + " on port " + app.port() + ": " + check);
            JsonNode test = service.at("/healthcheck/test");
            assertTrue(test.isArray() && test.size() == 2 && test.get(0).asText().equals("CMD-SHELL"),
                    app.module() + ": the health check is one CMD-SHELL string (podman-compose 1.0 mangles CMD lists): " + test);
            assertEquals("unless-stopped", service.path("restart").asText(), app.module() + " is restarted when it dies");
            if (app.hasDatabase()) {
                assertEquals("service_healthy", service.at("/depends_on/" + postgresName() + "/condition").asText(),
                        app.module() + " waits for PostgreSQL");
                assertEquals("service_completed_successfully", service.at("/depends_on/" + kafkaInitName() + "/condition").asText(),
                        app.module() + " waits until the topics exist");
            }
        }
    }

    @Test
    void composeGivesTheWebAppEveryServiceByItsComposeName() {
        App web = webApp();
        Map<String, String> env = composeEnv(composeService(web.module()));
        assertEquals(webAppLocalEnv().keySet(), new TreeSet<>(env.keySet()), "the web app gets what ./platform gives it");
        assertEquals("true", env.get("WEBAPP_PROXY_ENABLED"), "no Ingress in compose: the web app forwards /api itself");
        upstreamVariables().forEach((variable, app) -> {
            composeService(app.module()); // the name the containers reach it by
            assertEquals("http://" + app.module() + ":" + app.port(), env.get(variable), variable);
        });
        assertTrue(composeMountTargets(composeService(web.module())).isEmpty(), "the web app needs no key and no file");
    }

    @Test
    void reportingRedirectsToTheWebAppInComposeAndKubernetes() {
        String compose = composeEnv(composeService("reporting-service")).get("REPORTING_WEB_APP_URL");
        assertEquals("http://localhost:" + webApp().port() + "/", compose, "compose: the web app's published port");
        assertTrue(rawEnv(composeService("reporting-service")).get("REPORTING_WEB_APP_URL").contains("${WEB_PORT:-"),
                "compose: the port the web app is published on (WEB_PORT)");
        String kubernetes = kubernetesEnv(kubernetes("Deployment", "reporting-service").node()
                .at("/spec/template/spec/containers/0")).get("REPORTING_WEB_APP_URL").asText();
        JsonNode backend = route(ingressPaths(), kubernetes.startsWith("/") ? kubernetes : java.net.URI.create(kubernetes).getPath())
                .orElseThrow(() -> new AssertionError("the Ingress routes " + kubernetes));
        assertEquals(webApp().module(), backend.at("/service/name").asText(), "Kubernetes: " + kubernetes + " is the web app");
    }

    @Test
    void composeGivesEachServiceItsKafkaDatabaseAndTokenKey() {
        Map<String, String> kafkaEnv = composeEnv(composeService(kafkaName()));
        Set<String> advertised = Stream.of(kafkaEnv.getOrDefault("KAFKA_ADVERTISED_LISTENERS", "").split(","))
                .map(l -> l.replaceFirst("^[A-Za-z_]+://", "")).collect(Collectors.toSet());
        String passwordVariable = rawEnv(composeService(postgresName())).get("POSTGRES_PASSWORD");
        assertNotNull(passwordVariable, "PostgreSQL's password comes from the environment");
        for (App app : backends()) {
            JsonNode service = composeService(app.module());
            Map<String, String> env = composeEnv(service);
            assertTrue(env.keySet().containsAll(SERVICE_ENV), app.module() + " gets " + SERVICE_ENV + ", has " + env.keySet());

            String kafka = env.get("KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(kafka.startsWith(kafkaName() + ":") && advertised.contains(kafka),
                    app.module() + ": KAFKA_BOOTSTRAP_SERVERS " + kafka + " is a listener Kafka advertises to containers " + advertised);
            Jdbc jdbc = Jdbc.parse(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(postgresName(), jdbc.host(), app.module() + ": database host");
            assertEquals(5432, jdbc.port(), app.module() + ": database port");
            assertEquals(app.database(), jdbc.database(), app.module() + ": the database its application.properties names");
            assertEquals(firstVariable(passwordVariable), firstVariable(rawEnv(service).get("QUARKUS_DATASOURCE_PASSWORD")),
                    app.module() + " uses PostgreSQL's password variable");

            assertEquals(Jwt.LOCAL_ISSUER, env.get("MP_JWT_VERIFY_ISSUER"),
                    app.module() + ": by default the issuer of ./platform token, so its tokens work");
            String location = env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertTrue(location.startsWith("file:"), app.module() + ": the public key is a mounted file: " + location);
            assertTrue(composeMountTargets(service).contains(location.substring("file:".length())),
                    app.module() + ": " + location + " is mounted, targets " + composeMountTargets(service));
        }
    }

    @Test
    void postgresInitScriptsCreateEveryServiceDatabase() throws IOException {
        Set<String> databases = backends().stream().map(App::database).collect(Collectors.toCollection(TreeSet::new));

        JsonNode postgres = composeService(postgresName());
        assertPinned(postgres.path("image").asText(), "compose postgres image");
        assertTrue(postgres.path("healthcheck").has("test"), "PostgreSQL has a health check the services wait for");
        List<String> scripts = new ArrayList<>();
        for (JsonNode volume : postgres.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].startsWith("/docker-entrypoint-initdb.d")) {
                scripts.add(Files.readString(COMPOSE_FILE.getParent().resolve(parts[0]).normalize()));
            }
        }
        assertFalse(scripts.isEmpty(), "compose mounts an init script into /docker-entrypoint-initdb.d");
        assertEquals(databases, createdDatabases(scripts), "databases compose's init script creates");

        Doc statefulSet = kubernetes("StatefulSet", "postgres");
        JsonNode pod = statefulSet.node().at("/spec/template/spec");
        List<String> k8sScripts = new ArrayList<>();
        for (JsonNode mount : pod.at("/containers/0/volumeMounts")) {
            if (mount.path("mountPath").asText().startsWith("/docker-entrypoint-initdb.d")) {
                JsonNode volume = named(pod.path("volumes"), mount.path("name").asText());
                configMapData(volume.at("/configMap/name").asText()).values().forEach(k8sScripts::add);
            }
        }
        assertFalse(k8sScripts.isEmpty(), "the PostgreSQL StatefulSet mounts an init ConfigMap into /docker-entrypoint-initdb.d");
        assertEquals(databases, createdDatabases(k8sScripts), "databases the Kubernetes init ConfigMap creates");
    }

    // ---- Kubernetes -----------------------------------------------------------------------------------------

    @Test
    void kubernetesKafkaTopicsMatchTheTopicsTheCodeCreates() {
        String cluster = kafkaCluster().node().at("/metadata/name").asText();
        Map<String, Integer> declared = new TreeMap<>();
        for (Doc topic : kubernetesOfKind("KafkaTopic")) {
            JsonNode n = topic.node();
            String name = n.at("/spec/topicName").asText(n.at("/metadata/name").asText());
            assertTrue(n.path("apiVersion").asText().startsWith("kafka.strimzi.io/"), name + ": a Strimzi KafkaTopic");
            assertEquals(cluster, n.at("/metadata/labels/strimzi.io~1cluster").asText(), name + " belongs to " + cluster);
            assertEquals(3, n.at("/spec/replicas").asInt(), name + " is replicated to 3 brokers");
            declared.put(name, n.at("/spec/partitions").asInt());
        }
        assertEquals(expectedTopics(), declared, "KafkaTopic resources and their partitions");
    }

    @Test
    void kubernetesKafkaIsAKraftClusterOfThreeWritingToTwo() throws Exception {
        Doc kafka = kafkaCluster();
        String cluster = kafka.node().at("/metadata/name").asText();
        String version = kafka.node().at("/spec/kafka/version").asText();
        String local = pomProperty("kafka.broker.version");
        assertEquals(minor(local), minor(version), "Strimzi runs the Kafka release line ./platform runs (" + local + ")");

        int brokers = 0;
        Set<String> roles = new TreeSet<>();
        for (Doc pool : kubernetesOfKind("KafkaNodePool")) {
            if (cluster.equals(pool.node().at("/metadata/labels/strimzi.io~1cluster").asText())) {
                pool.node().at("/spec/roles").forEach(r -> roles.add(r.asText()));
                brokers += pool.node().at("/spec/replicas").asInt();
            }
        }
        assertEquals(Set.of("broker", "controller"), roles, "KRaft node pools of " + cluster);
        assertTrue(brokers >= 3, "at least 3 nodes, has " + brokers);

        JsonNode config = kafka.node().at("/spec/kafka/config");
        assertEquals("2", config.path("min.insync.replicas").asText(), "acks=all writes reach at least 2 replicas");
        assertEquals("3", config.path("default.replication.factor").asText());
        assertEquals(localBrokerConfig().getProperty("auto.create.topics.enable"), config.path("auto.create.topics.enable").asText(),
                "topics are created only as declared");
        for (String key : internalTopicReplicationSettings().keySet()) {
            assertEquals(key.endsWith(".min.isr") ? "2" : "3", config.path(key).asText(),
                    "the cluster sets " + key + " (the local broker lowers it to one node)");
        }
        assertTrue(kafka.node().at("/spec/entityOperator").has("topicOperator"), "the Topic Operator manages the KafkaTopics");
    }

    @Test
    void kubernetesRunsEachServiceOnItsPortWithHealthProbes() throws IOException {
        String version = projectVersion();
        for (App app : apps()) {
            Doc deployment = kubernetes("Deployment", app.module());
            JsonNode spec = deployment.node().path("spec");
            assertTrue(spec.path("replicas").asInt() >= 2, app.module() + " runs at least 2 replicas");
            JsonNode pod = spec.at("/template/spec");
            JsonNode container = pod.at("/containers/0");
            String image = container.path("image").asText();
            assertPinned(image, app.module() + " image");
            assertTrue(image.endsWith("/" + app.module() + ":" + version), app.module() + " image: " + image);
            assertEquals(app.port(), containerPort(container, container.at("/ports/0/name").asText()),
                    app.module() + " container port");

            assertEquals(READY, container.at("/readinessProbe/httpGet/path").asText(), app.module() + " readiness probe");
            assertEquals(LIVE, container.at("/livenessProbe/httpGet/path").asText(), app.module() + " liveness probe");
            assertTrue(container.at("/startupProbe/httpGet/path").asText().startsWith("/q/health/"), app.module() + " startup probe");
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                String port = container.path(probe).at("/httpGet/port").asText();
                assertEquals(app.port(), containerPort(container, port), app.module() + " " + probe + " port " + port);
            }
            for (String bound : List.of("requests", "limits")) {
                JsonNode resources = container.at("/resources/" + bound);
                assertTrue(resources.has("cpu") && resources.has("memory"), app.module() + " sets resources." + bound);
            }
            String user = dockerInstructions().stream().filter(i -> i[0].equals("USER")).map(i -> i[1].trim()).findFirst().orElseThrow();
            assertEquals(user, pod.at("/securityContext/runAsUser").asText(), app.module() + " runs as the image's user");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), app.module() + " runs as non-root");

            Doc service = kubernetes("Service", app.module());
            JsonNode servicePort = service.node().at("/spec/ports/0");
            assertEquals(app.port(), servicePort.path("port").asInt(), app.module() + " Service port");
            assertEquals(app.port(), containerPort(container, servicePort.path("targetPort").asText()), app.module() + " Service target");
            assertSelects(service.node().at("/spec/selector"), spec.at("/template/metadata/labels"), app.module());
        }
    }

    @Test
    void kubernetesGivesEachServiceItsKafkaDatabaseAndTokenKey() {
        Doc kafka = kafkaCluster();
        JsonNode plain = null;
        for (JsonNode listener : kafka.node().at("/spec/kafka/listeners")) {
            if (listener.path("type").asText().equals("internal") && !listener.path("tls").asBoolean()) {
                plain = listener;
            }
        }
        assertNotNull(plain, "the Kafka cluster has a plain internal listener");
        String bootstrap = kafka.node().at("/metadata/name").asText() + "-kafka-bootstrap:" + plain.path("port").asInt();

        JsonNode postgresPod = kubernetes("StatefulSet", "postgres").node().at("/spec/template");
        Doc postgresService = kubernetesOfKind("Service").stream()
                .filter(s -> selects(s.node().at("/spec/selector"), postgresPod.at("/metadata/labels"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Service selects the PostgreSQL StatefulSet"));
        JsonNode postgresPassword = named(postgresPod.at("/spec/containers/0/env"), "POSTGRES_PASSWORD").at("/valueFrom/secretKeyRef");

        for (App app : backends()) {
            JsonNode pod = kubernetes("Deployment", app.module()).node().at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            Map<String, JsonNode> env = kubernetesEnv(container);
            assertTrue(env.keySet().containsAll(SERVICE_ENV), app.module() + " gets " + SERVICE_ENV + ", has " + env.keySet());

            assertEquals(bootstrap, env.get("KAFKA_BOOTSTRAP_SERVERS").asText(), app.module() + ": Strimzi's bootstrap Service");
            Jdbc jdbc = Jdbc.parse(env.get("QUARKUS_DATASOURCE_JDBC_URL").asText());
            assertEquals(postgresService.node().at("/metadata/name").asText(), jdbc.host(), app.module() + ": database host");
            assertEquals(postgresService.node().at("/spec/ports/0/port").asInt(), jdbc.port(), app.module() + ": database port");
            assertEquals(app.database(), jdbc.database(), app.module() + ": the database its application.properties names");
            JsonNode password = env.get("QUARKUS_DATASOURCE_PASSWORD");
            assertTrue(password.has("secretKeyRef"), app.module() + ": the password comes from a Secret");
            assertEquals(postgresPassword, password.path("secretKeyRef"), app.module() + ": PostgreSQL's own Secret and key");

            assertEquals(Jwt.LOCAL_ISSUER, env.get("MP_JWT_VERIFY_ISSUER").asText(),
                    app.module() + ": by default the issuer of ./platform token (README: how to point it at Keycloak)");
            String location = env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText();
            assertTrue(location.startsWith("file:"), app.module() + ": the public key is a mounted file: " + location);
            String file = location.substring("file:".length());
            boolean mounted = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                String dir = mount.path("mountPath").asText();
                JsonNode volume = named(pod.path("volumes"), mount.path("name").asText());
                if (file.startsWith(dir.endsWith("/") ? dir : dir + "/") && volume.has("configMap")) {
                    mounted = true;
                }
            }
            assertTrue(mounted, app.module() + ": " + file + " lies in a ConfigMap volume");
        }
    }

    /** The Ingress has exactly the one route table's prefixes, each to its service's port, and {@code /} to the web app. */
    @Test
    void ingressRoutesExactlyTheOneRouteTableAndEverythingElseToTheWebApp() throws IOException {
        Map<String, String> declared = new TreeMap<>();
        for (JsonNode p : ingressPaths()) {
            String path = p.path("path").asText();
            assertEquals("Prefix", p.path("pathType").asText(), path + ": a Prefix path, as ApiRoutes matches");
            String service = p.at("/backend/service/name").asText();
            assertEquals(app(service).port(), p.at("/backend/service/port/number").asInt(), "the Ingress port for " + path);
            assertEquals(app(service).port(), kubernetes("Service", service).node().at("/spec/ports/0/port").asInt(),
                    service + "'s Service port");
            assertTrue(declared.put(path, service) == null, path + " is routed once");
        }
        Map<String, String> expected = new TreeMap<>(ApiRoutes.serviceByPrefix());
        expected.put("/", ApiRoutes.WEB_APP);
        assertEquals(expected, declared, "the Ingress's paths are the route table's plus / to the web app");

        // what each module serves reaches it: its /api resources by the table, everything else is the web app's
        for (App app : apps()) {
            Path module = ROOT.resolve(app.module());
            Set<String> routes = new TreeSet<>(resourceRoots(module));
            Path statics = module.resolve("src/main/resources/META-INF/resources");
            if (Files.isDirectory(statics)) {
                try (Stream<Path> files = Files.walk(statics)) {
                    files.filter(Files::isRegularFile).forEach(f -> routes.add("/" + statics.relativize(f).toString().replace('\\', '/')));
                }
            }
            if (!app.hasDatabase()) {
                routes.add("/"); // the page (Web Bundler's index.html)
            }
            assertFalse(routes.isEmpty(), app.module() + " serves something");
            for (String route : routes) {
                JsonNode backend = route(ingressPaths(), route)
                        .orElseThrow(() -> new AssertionError("the Ingress does not route " + route + " (" + app.module() + ")"));
                String owner = route.startsWith("/api/") ? app.module() : ApiRoutes.WEB_APP;
                assertEquals(owner, backend.at("/service/name").asText(), "the Ingress routes " + route + " (" + app.module() + ")");
                if (route.startsWith("/api/")) {
                    assertEquals(java.util.Optional.of(app.module()), ApiRoutes.serviceOf(route), "the route table sends " + route);
                }
            }
        }
        Set<String> backendModules = backends().stream().map(App::module).collect(Collectors.toSet());
        for (String shared : List.of("service-common", "recording-common")) {
            for (String route : resourceRoots(ROOT.resolve(shared))) {
                JsonNode backend = route(ingressPaths(), route)
                        .orElseThrow(() -> new AssertionError("the Ingress does not route " + route + " (" + shared + ")"));
                assertTrue(backendModules.contains(backend.at("/service/name").asText()), route + " goes to a service: " + backend);
            }
        }
    }

    @Test
    void kubernetesRunsTheWebAppBehindTheIngressWithItsUpstreams() {
        App web = webApp();
        JsonNode container = kubernetes("Deployment", web.module()).node().at("/spec/template/spec/containers/0");
        Map<String, JsonNode> env = kubernetesEnv(container);
        assertEquals(webAppLocalEnv().keySet(), new TreeSet<>(env.keySet().stream().filter(k -> k.startsWith("WEBAPP_")).toList()),
                "the web app gets what ./platform gives it");
        assertEquals("false", env.get("WEBAPP_PROXY_ENABLED").asText(), "behind the Ingress, which routes /api itself");
        upstreamVariables().forEach((variable, app) -> {
            Doc service = kubernetes("Service", app.module());
            assertEquals("http://" + service.node().at("/metadata/name").asText() + ":" + service.node().at("/spec/ports/0/port").asInt(),
                    env.get(variable).asText(), variable + " is " + app.module() + "'s Service");
        });
        assertFalse(env.keySet().stream().anyMatch(k -> k.contains("PASSWORD") || k.startsWith("QUARKUS_DATASOURCE")
                || k.startsWith("KAFKA_")), "the web app gets no database, no Kafka, no secret: " + env.keySet());
    }

    /** Every process has an autoscaler on its Deployment and a disruption budget over its pods. */
    @Test
    void kubernetesScalesAndShieldsEveryProcess() {
        for (App app : apps()) {
            JsonNode deployment = kubernetes("Deployment", app.module()).node();
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            List<Doc> hpas = kubernetesOfKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> h.node().at("/spec/scaleTargetRef/kind").asText().equals("Deployment")
                            && h.node().at("/spec/scaleTargetRef/name").asText().equals(app.module())).toList();
            assertEquals(1, hpas.size(), app.module() + " has one HorizontalPodAutoscaler");
            JsonNode hpa = hpas.get(0).node().path("spec");
            int min = hpa.path("minReplicas").asInt();
            int max = hpa.path("maxReplicas").asInt();
            assertTrue(min >= 2 && max >= min, app.module() + ": 2 or more pods, max >= min: " + min + ".." + max);
            assertEquals(deployment.at("/spec/replicas").asInt(), min, app.module() + ": the Deployment starts at the autoscaler's minimum");
            assertTrue(hpa.path("metrics").findValues("name").stream().anyMatch(n -> n.asText().equals("cpu")), app.module() + " scales on CPU");

            List<Doc> pdbs = kubernetesOfKind("PodDisruptionBudget").stream()
                    .filter(b -> selectorMatches(b.node().at("/spec/selector"), podLabels)).toList();
            assertEquals(1, pdbs.size(), app.module() + " has one PodDisruptionBudget over its pods");
            JsonNode pdb = pdbs.get(0).node().path("spec");
            assertTrue(pdb.path("minAvailable").asInt() >= 1 && pdb.path("minAvailable").asInt() < min,
                    app.module() + ": a drain keeps a pod serving yet can proceed: minAvailable " + pdb.path("minAvailable"));
        }
    }

    /**
     * Default deny; the Ingress controller reaches every process and nothing else reaches the web app; the web app
     * reaches every service (its proxy), but not PostgreSQL; nothing but the services reaches PostgreSQL.
     */
    @Test
    void networkPoliciesLetTheIngressReachTheWebAppAndTheWebAppTheServices() {
        assertTrue(kubernetesOfKind("NetworkPolicy").stream().anyMatch(p -> p.node().at("/spec/podSelector").isEmpty()
                && p.node().at("/spec/policyTypes").toString().contains("Ingress") && p.node().at("/spec/ingress").isMissingNode()),
                "a default-deny policy for every pod's ingress");
        Peer ingressController = new Peer("ingress-nginx", null);
        Peer monitoring = new Peer("monitoring", null);
        App web = webApp();
        Peer webPods = new Peer("industry", podLabels(web.module()));
        for (App app : apps()) {
            JsonNode labels = podLabels(app.module());
            assertTrue(admits(labels, ingressController), "the Ingress controller reaches " + app.module());
            if (app.hasDatabase()) {
                assertTrue(admits(labels, webPods), "the web app reaches " + app.module() + " (its /api proxy)");
                assertTrue(admits(labels, monitoring), "Prometheus reaches " + app.module() + "'s /q/metrics");
            } else {
                assertFalse(admits(labels, monitoring), app.module() + " exposes no metrics: Prometheus is not let in");
                for (App other : backends()) {
                    assertFalse(admits(labels, new Peer("industry", podLabels(other.module()))), other.module() + " cannot reach "
                            + app.module());
                }
            }
        }
        JsonNode postgres = kubernetes("StatefulSet", "postgres").node().at("/spec/template/metadata/labels");
        assertFalse(admits(postgres, webPods), "the web app does not reach PostgreSQL");
        assertFalse(admits(postgres, ingressController), "the Ingress controller does not reach PostgreSQL");
        for (App app : backends()) {
            assertTrue(admits(postgres, new Peer("industry", podLabels(app.module()))), app.module() + " reaches PostgreSQL");
        }
    }

    @Test
    void kustomizationListsEveryManifestOfTheNamespace() throws IOException {
        JsonNode kustomization = readAll(KUBERNETES.resolve("kustomization.yaml")).get(0);
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.list(KUBERNETES)) {
            all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .forEach(files::add);
        }
        assertEquals(files, listed, "kustomization.yaml lists every manifest");
        String namespace = kustomization.path("namespace").asText();
        assertEquals(1, kubernetesOfKind("Namespace").stream()
                .filter(n -> n.node().at("/metadata/name").asText().equals(namespace)).count(), "the namespace is declared");
        for (Doc doc : kubernetesDocs()) {
            JsonNode ns = doc.node().at("/metadata/namespace");
            if (!doc.node().path("kind").asText().equals("Namespace") && !ns.isMissingNode()) {
                assertEquals(namespace, ns.asText(), doc + " is in namespace " + namespace);
            }
        }
    }

    @Test
    void manifestsAreCommentedPinnedAndCarryNoSecret() throws IOException {
        List<Path> files = new ArrayList<>(List.of(DOCKERFILE, COMPOSE_FILE, DOCKERIGNORE));
        try (Stream<Path> all = Files.list(KUBERNETES)) {
            all.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("#"), file + " starts with a comment saying its job");
            assertFalse(text.contains("PRIVATE KEY"), file + " holds no private key");
        }
        try (Stream<Path> all = Files.walk(ROOT.resolve("deploy/compose"))) {
            all.filter(Files::isRegularFile).forEach(f -> assertFalse(read(f).contains("PRIVATE KEY"), f + " holds no key"));
        }
        for (Doc doc : kubernetesDocs()) {
            assertFalse(doc.node().path("kind").asText().equals("Secret"), doc + ": Secrets are created by hand, never committed");
            doc.node().findValues("image").forEach(image -> assertPinned(image.asText(), doc.toString()));
            for (JsonNode env : doc.node().findValues("env")) {
                env.forEach(e -> assertFalse(e.path("name").asText().contains("PASSWORD") && e.has("value"),
                        doc + ": " + e.path("name").asText() + " comes from a Secret"));
            }
        }
        composeServices().forEachRemaining(s -> {
            if (s.getValue().has("image")) {
                assertPinned(s.getValue().path("image").asText(), "compose service " + s.getKey());
            }
            rawEnv(s.getValue()).forEach((name, value) -> {
                if (name.contains("PASSWORD")) {
                    assertTrue(value.startsWith("${"), "compose " + s.getKey() + ": " + name + " comes from the environment");
                }
            });
        });
    }

    // ---- compose helpers ------------------------------------------------------------------------------------

    /** A compose image given as {@code ${NAME_IMAGE:-default}}: overridable by the environment, public by default. */
    private static final Pattern IMAGE_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*_IMAGE):-([^}]+)}");

    /** The compose file as compose reads it with no image variable set: each image is its default. */
    private static JsonNode compose() {
        JsonNode compose = readAll(COMPOSE_FILE).get(0);
        compose.path("services").fields().forEachRemaining(s -> {
            Matcher m = IMAGE_VARIABLE.matcher(s.getValue().path("image").asText());
            if (m.matches()) {
                ((ObjectNode) s.getValue()).put("image", m.group(2));
            }
        });
        return compose;
    }

    @Test
    void composeTakesEachImageFromAVariableWhoseDefaultIsThePublicOne() {
        readAll(COMPOSE_FILE).get(0).path("services").fields().forEachRemaining(s -> {
            if (s.getValue().has("image")) {
                assertTrue(IMAGE_VARIABLE.matcher(s.getValue().path("image").asText()).matches(),
                        "compose " + s.getKey() + ": image as ${NAME_IMAGE:-public image}, not " + s.getValue().path("image"));
            }
        });
    }

    private static java.util.Iterator<Map.Entry<String, JsonNode>> composeServices() {
        return compose().path("services").fields();
    }

    private static JsonNode composeService(String name) {
        JsonNode service = compose().path("services").path(name);
        assertFalse(service.isMissingNode(), "docker-compose.yml has a service " + name);
        return service;
    }

    private static String composeServiceWithImage(String prefix, Predicate<JsonNode> also) {
        List<String> names = new ArrayList<>();
        composeServices().forEachRemaining(s -> {
            if (s.getValue().path("image").asText().startsWith(prefix) && also.test(s.getValue())) {
                names.add(s.getKey());
            }
        });
        assertEquals(1, names.size(), "one compose service of image " + prefix + "*: " + names);
        return names.get(0);
    }

    private static String kafkaName() {
        return composeServiceWithImage("apache/kafka:", s -> s.has("healthcheck"));
    }

    private static String kafkaInitName() {
        return composeServiceWithImage("apache/kafka:", s -> commandText(s).contains("kafka-topics.sh"));
    }

    private static String postgresName() {
        return composeServiceWithImage("postgres:", s -> true);
    }

    /** Environment as written (a map or a list of NAME=value). */
    private static Map<String, String> rawEnv(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(e -> {
                String[] kv = e.asText().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    /** Environment as compose gives it when nothing is set: defaults applied, required variables as {@code <NAME>}. */
    private static Map<String, String> composeEnv(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        rawEnv(service).forEach((k, v) -> env.put(k, interpolate(v)));
        return env;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*)|(:?\\?)([^}]*))?}");

    private static String interpolate(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) != null ? m.group(3) : "<" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstVariable(String text) {
        Matcher m = VARIABLE.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : "(no variable in " + text + ")";
    }

    /** {@code [host port, container port]} of a compose port mapping. */
    private static String[] portMapping(String mapping) {
        String[] parts = mapping.replaceFirst("/(tcp|udp)$", "").split(":");
        return new String[] { parts.length >= 2 ? parts[parts.length - 2] : parts[0], parts[parts.length - 1] };
    }

    private static Set<String> composeMountTargets(JsonNode service) {
        Set<String> targets = new TreeSet<>();
        for (JsonNode volume : service.path("volumes")) {
            if (volume.isTextual()) {
                String[] parts = volume.asText().split(":");
                targets.add(parts.length > 1 ? parts[1] : parts[0]);
            } else {
                targets.add(volume.path("target").asText());
            }
        }
        return targets;
    }

    private static String commandText(JsonNode node) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("entrypoint", "command", "test")) {
            JsonNode value = node.path(field);
            if (value.isArray()) {
                value.forEach(v -> parts.add(v.asText()));
            } else if (!value.isMissingNode()) {
                parts.add(value.asText());
            }
        }
        return String.join("\n", parts);
    }

    private static String valueAfter(List<String> words, String option, String line) {
        int i = words.indexOf(option);
        assertTrue(i >= 0 && i + 1 < words.size(), option + " missing in: " + line);
        return words.get(i + 1);
    }

    // ---- Kubernetes helpers ---------------------------------------------------------------------------------

    record Doc(Path file, JsonNode node) {
        @Override
        public String toString() {
            return file.getFileName() + ": " + node.path("kind").asText() + " " + node.at("/metadata/name").asText();
        }
    }

    private static List<Doc> kubernetesDocs() {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    readAll(file).forEach(node -> docs.add(new Doc(file, node)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static List<Doc> kubernetesOfKind(String kind) {
        return kubernetesDocs().stream().filter(d -> d.node().path("kind").asText().equals(kind)).toList();
    }

    private static Doc kubernetes(String kind, String name) {
        List<Doc> found = kubernetesOfKind(kind).stream()
                .filter(d -> d.node().at("/metadata/name").asText().equals(name)).toList();
        assertEquals(1, found.size(), "deploy/kubernetes has one " + kind + " " + name);
        return found.get(0);
    }

    private static Doc kafkaCluster() {
        List<Doc> clusters = kubernetesOfKind("Kafka");
        assertEquals(1, clusters.size(), "deploy/kubernetes has one Strimzi Kafka cluster");
        return clusters.get(0);
    }

    private static Map<String, String> configMapData(String name) {
        Map<String, String> data = new LinkedHashMap<>();
        kubernetes("ConfigMap", name).node().path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    /** A container's environment: each name to a text node (value) or to its valueFrom. */
    private static Map<String, JsonNode> kubernetesEnv(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            assertFalse(from.has("secretRef"), "secrets are referenced key by key, not as envFrom");
            String prefix = from.path("prefix").asText("");
            configMapData(from.at("/configMapRef/name").asText())
                    .forEach((k, v) -> env.put(prefix + k, com.fasterxml.jackson.databind.node.TextNode.valueOf(v)));
        }
        for (JsonNode e : container.path("env")) {
            env.put(e.path("name").asText(), e.has("valueFrom") ? e.path("valueFrom") : e.path("value"));
        }
        return env;
    }

    private static int containerPort(JsonNode container, String port) {
        if (port.matches("\\d+")) {
            return Integer.parseInt(port);
        }
        JsonNode named = named(container.path("ports"), port);
        return named.path("containerPort").asInt();
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("nothing named " + name + " in " + list);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) selector::fields) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selects(selector, labels), what + ": the Service's selector " + selector + " picks the pods " + labels);
    }

    /** The backend an Ingress sends {@code path} to: an Exact match, else the longest Prefix match. */
    private static Optional<JsonNode> route(List<JsonNode> paths, String path) {
        JsonNode best = null;
        int bestLength = -1;
        for (JsonNode p : paths) {
            String declared = p.path("path").asText();
            String type = p.path("pathType").asText();
            if (type.equals("Exact") && declared.equals(path)) {
                return Optional.of(p.path("backend"));
            }
            String prefix = declared.endsWith("/") ? declared : declared + "/";
            boolean matches = type.equals("Prefix") && (path.equals(declared) || path.startsWith(prefix));
            if (matches && declared.length() > bestLength) {
                best = p.path("backend");
                bestLength = declared.length();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<JsonNode> ingressPaths() {
        List<JsonNode> paths = new ArrayList<>();
        for (Doc ingress : kubernetesOfKind("Ingress")) {
            for (JsonNode rule : ingress.node().at("/spec/rules")) {
                rule.at("/http/paths").forEach(paths::add);
            }
        }
        assertFalse(paths.isEmpty(), "an Ingress routes the platform");
        return paths;
    }

    private static JsonNode podLabels(String deployment) {
        return kubernetes("Deployment", deployment).node().at("/spec/template/metadata/labels");
    }

    /** Where traffic comes from: pods in a namespace (by its name), with these labels ({@code null}: any pod there). */
    record Peer(String namespace, JsonNode podLabels) {
    }

    /** Whether some NetworkPolicy that selects the pods with {@code labels} admits {@code peer} on their http port. */
    private static boolean admits(JsonNode labels, Peer peer) {
        for (Doc policy : kubernetesOfKind("NetworkPolicy")) {
            JsonNode spec = policy.node().path("spec");
            if (!selectorMatches(spec.path("podSelector"), labels) || spec.path("podSelector").isEmpty()) {
                continue;
            }
            for (JsonNode rule : spec.path("ingress")) {
                boolean port = rule.path("ports").isEmpty() || rule.path("ports").findValues("port").stream()
                        .anyMatch(p -> p.asText().equals("http") || p.asText().equals("5432"));
                for (JsonNode from : rule.path("from")) {
                    if (port && peerMatches(from, peer)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode from, Peer peer) {
        JsonNode namespaces = from.path("namespaceSelector");
        JsonNode pods = from.path("podSelector");
        boolean namespace = namespaces.isMissingNode() ? peer.namespace().equals("industry")
                : selectorMatches(namespaces, YAML.createObjectNode().put("kubernetes.io/metadata.name", peer.namespace()));
        boolean pod = pods.isMissingNode() || pods.isEmpty()
                || (peer.podLabels() != null && selectorMatches(pods, peer.podLabels()));
        return namespace && pod;
    }

    /** A Kubernetes label selector ({@code matchLabels}, {@code matchExpressions} In/NotIn/Exists) against labels. */
    private static boolean selectorMatches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) selector.path("matchLabels")::fields) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.path(expression.path("key").asText()).asText(null);
            Set<String> values = new TreeSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PATH_ANNOTATION = Pattern.compile("@(?:jakarta\\.ws\\.rs\\.)?Path\\(\"([^\"]+)\"\\)");
    private static final Pattern TYPE_DECLARATION = Pattern.compile("\\b(class|interface|record)\\s+[A-Z]\\w*");

    /** The class-level JAX-RS {@code @Path}s a module's sources declare, as request paths. */
    private static Set<String> resourceRoots(Path module) throws IOException {
        Set<String> roots = new TreeSet<>();
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return roots;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher type = TYPE_DECLARATION.matcher(source);
                int declaration = type.find() ? type.start() : source.length();
                Matcher m = PATH_ANNOTATION.matcher(source);
                while (m.find() && m.start() < declaration) { // annotations before the type's declaration are its own
                    String path = m.group(1).replaceAll("\\{[^}]*}", "x");
                    roots.add(path.startsWith("/") ? path : "/" + path);
                }
            }
        }
        return roots;
    }

    // ---- Dockerfile and .dockerignore -----------------------------------------------------------------------

    /** The Dockerfile's instructions as {@code [KEYWORD, rest]}, continuation lines joined, comments dropped. */
    private static List<String[]> dockerInstructions() {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DOCKERFILE).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().trim();
            current.setLength(0);
            if (!text.isEmpty()) {
                String[] kv = text.split("\\s+", 2);
                instructions.add(new String[] { kv[0].toUpperCase(), kv.length > 1 ? kv[1] : "" });
            }
        }
        return instructions;
    }

    private static Map<String, String> env(List<String[]> instructions) {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S+)");
        for (String[] i : instructions) {
            if (i[0].equals("ENV")) {
                Matcher m = pair.matcher(i[1]);
                while (m.find()) {
                    env.put(m.group(1), m.group(2).replaceAll("^[\"']|[\"']$", ""));
                }
            }
        }
        return env;
    }

    /** A Docker/Compose glob ({@code *} stays within one path element) as a test of a name or path. */
    private static Predicate<String> glob(String pattern) {
        String trimmed = pattern.endsWith("/") && pattern.length() > 1 ? pattern.substring(0, pattern.length() - 1) : pattern;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + trimmed);
        return name -> matcher.matches(Path.of(name.endsWith("/") && name.length() > 1 ? name.substring(0, name.length() - 1) : name));
    }

    /** .dockerignore's rules: the last pattern that matches a path or one of its parents decides. */
    private static final class DockerIgnore {
        private final List<Map.Entry<Predicate<String>, Boolean>> rules = new ArrayList<>();

        DockerIgnore(List<String> lines) {
            for (String line : lines) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                boolean include = t.startsWith("!");
                String pattern = (include ? t.substring(1) : t).trim().replaceFirst("^/+", "");
                rules.add(Map.entry(glob(pattern), include));
            }
        }

        boolean excludes(String path) {
            boolean excluded = false;
            for (Map.Entry<Predicate<String>, Boolean> rule : rules) {
                if (matchesOrParent(rule.getKey(), path)) {
                    excluded = !rule.getValue();
                }
            }
            return excluded;
        }

        private static boolean matchesOrParent(Predicate<String> pattern, String path) {
            String p = path;
            while (true) {
                if (pattern.test(p)) {
                    return true;
                }
                int slash = p.lastIndexOf('/');
                if (slash < 0) {
                    return false;
                }
                p = p.substring(0, slash);
            }
        }
    }

    // ---- general helpers ------------------------------------------------------------------------------------

    record Jdbc(String host, int port, String database) {
        static Jdbc parse(String url) {
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url == null ? "" : url);
            assertTrue(m.matches(), "a PostgreSQL JDBC URL: " + url);
            return new Jdbc(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3));
        }
    }

    private static Set<String> createdDatabases(List<String> scripts) {
        Set<String> databases = new TreeSet<>();
        Matcher m = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([a-z_][a-z0-9_]*)\"?").matcher(String.join("\n", scripts));
        while (m.find()) {
            databases.add(m.group(1));
        }
        return databases;
    }

    private static void assertPinned(String image, String what) {
        int slash = image.lastIndexOf('/');
        String last = image.substring(slash + 1);
        assertTrue(last.contains(":") || last.contains("@"), what + ": the image tag is pinned: " + image);
        assertFalse(last.endsWith(":latest"), what + ": not :latest: " + image);
    }

    private static String minor(String version) {
        Matcher m = Pattern.compile("(\\d+\\.\\d+)\\..*").matcher(version);
        assertTrue(m.matches(), "a version x.y.z: " + version);
        return m.group(1);
    }

    private static List<JsonNode> readAll(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            while (it.hasNextValue()) {
                JsonNode node = it.nextValue();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    docs.add(node);
                }
            }
            assertFalse(docs.isEmpty(), file + " has YAML documents");
            return docs;
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Properties applicationProperties(String module) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve(module).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String required(Properties p, String key, String module) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            fail(module + "'s application.properties has no " + key);
        }
        return value.trim();
    }

    private static String pomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(read(ROOT.resolve("pom.xml")));
        assertTrue(m.find(), "the root pom sets " + name);
        return m.group(1).trim();
    }

    private static String projectVersion() {
        Matcher m = Pattern.compile("<artifactId>industrial-zones-platform</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(ROOT.resolve("pom.xml")));
        assertTrue(m.find(), "the root pom's version");
        return m.group(1).trim();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/local-infra")))) {
            dir = dir.getParent();
        }
        assertNotNull(dir, "the repository root above " + Path.of("").toAbsolutePath());
        return dir;
    }


    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
