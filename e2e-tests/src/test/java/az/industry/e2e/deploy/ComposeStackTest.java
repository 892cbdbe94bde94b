package az.industry.e2e.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import az.industry.e2e.E2eKeys;
import az.industry.e2e.Http;
import az.industry.e2e.web.PageFigures;
import az.industry.infra.Ports;

/**
 * deploy/compose for real: the images deploy/images/build makes without a registry (a JRE base from Debian's
 * packages, the four services and the web app on it, Kafka from the broker's jars, PostgreSQL from Debian's package),
 * the compose file started by podman-compose on free ports; one investment, production report and shipment through the
 * published ports reach the national report; the web app's page is served on its port, its proxy answers the national
 * report exactly as reporting-service does, reporting's {@code /} redirects to it, and (where Chromium is installed)
 * the page's investment tile shows the API's figure; a service container killed with SIGKILL is restarted by its
 * policy and is healthy again; everything is torn down. Skipped, saying why, where podman cannot run containers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeStackTest {

    static final Path HOME = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
    static final Path COMPOSE_FILE = HOME.resolve("deploy/compose/docker-compose.yml");
    static final String PREFIX = "localhost/industry";
    static final String VERSION = "1.0.0-SNAPSHOT";
    static final Map<String, String> PORT_VARIABLES = Map.of("investment-service", "INVESTMENT_PORT",
            "production-service", "PRODUCTION_PORT", "export-service", "EXPORT_PORT", "reporting-service", "REPORTING_PORT",
            "web-app", "WEB_PORT");

    final String project = "industry-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> env = new LinkedHashMap<>();
    final Map<String, Integer> ports = new LinkedHashMap<>();
    Path dir;
    boolean started;

    @BeforeAll
    void stack() throws Exception {
        String why = Podman.cannotRun();
        assumeTrue(why == null, () -> "ComposeStackTest skipped: " + why);
        dir = Files.createTempDirectory("compose-e2e");
        long began = System.nanoTime();
        Podman.Result images = Podman.run(List.of(HOME.resolve("deploy/images/build").toString()), Map.of(), dir,
                "images", Duration.ofMinutes(20));
        assertEquals(0, images.exitCode(), () -> "deploy/images/build failed; see " + images.log());
        long built = System.nanoTime();

        env.put("KAFKA_IMAGE", PREFIX + "/kafka:4.1.2");
        env.put("POSTGRES_IMAGE", PREFIX + "/postgres:15");
        for (String service : PORT_VARIABLES.keySet()) {
            env.put(service.toUpperCase().replace('-', '_') + "_IMAGE", PREFIX + "/" + service + ":" + VERSION);
        }
        env.put("POSTGRES_PASSWORD", UUID.randomUUID().toString().replace("-", ""));
        env.put("JWT_PUBLIC_KEY_FILE", readableCopyOfThePublicKey().toString());
        env.put("KAFKA_PORT", Integer.toString(Ports.free()));
        env.put("POSTGRES_PORT", Integer.toString(Ports.free()));
        PORT_VARIABLES.forEach((service, variable) -> {
            int port = Ports.free();
            ports.put(service, port);
            env.put(variable, Integer.toString(port));
        });
        started = true;
        Podman.Result up = compose("up", List.of("-d", "--no-build"));
        assertEquals(0, up.exitCode(), () -> "podman-compose up failed; see " + up.log());
        for (String service : ports.keySet()) {
            await(service + " ready through its published port").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> Http.get(url(service, "/q/health/ready")).status() == 200);
        }
        System.out.printf("[compose] images built in %d s, stack ready %d s later%n",
                TimeUnit.NANOSECONDS.toSeconds(built - began), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - built));
    }

    @AfterAll
    void down() throws Exception {
        if (started) {
            Podman.Result down = compose("down", List.of("-v"));
            // podman-compose 1.0 leaves the project's network behind
            Podman.Result network = Podman.run(List.of("podman", "network", "rm", "-f", project + "_default"), Map.of(), dir,
                    "network-rm", Duration.ofMinutes(1));
            System.out.println("[compose] down: exit " + down.exitCode() + ", network removed: exit " + network.exitCode()
                    + " (logs in " + dir + ")");
        }
    }

    @Test
    @Order(1)
    void aRecordOfEachKindThroughThePublishedPortsReachesTheNationalReport() throws Exception {
        JsonNode before = national();
        assertEquals(201, post("investment-service", "/api/investments", "investment-officer", """
                {"zoneId": "sumgayit-chemical-industrial-park", "investor": "Compose Test LLC", "sector": "CHEMICAL",
                 "amount": 1000000.10, "currency": "AZN", "investedOn": "2025-04-30", "jobsCreated": 12}""").status());
        assertEquals(201, post("production-service", "/api/production", "operator", """
                {"zoneId": "sumgayit-chemical-industrial-park", "producer": "Compose Test LLC", "sector": "CHEMICAL",
                 "product": "Polypropylene", "quantity": 10, "unit": "t", "value": 500000.20, "currency": "AZN",
                 "producedOn": "2025-04-30"}""").status());
        assertEquals(201, post("export-service", "/api/exports", "exporter", """
                {"zoneId": "sumgayit-chemical-industrial-park", "exporter": "Compose Test LLC", "sector": "CHEMICAL",
                 "destinationCountry": "IT", "hsCode": "3902", "product": "Polypropylene", "quantity": 4, "unit": "t",
                 "value": 200000.30, "currency": "AZN", "shippedOn": "2025-05-02"}""").status());

        await("the national report shows all three").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode now = national();
            assertAzn(total(before, "investment").add(new BigDecimal("1000000.10")), total(now, "investment"));
            assertAzn(total(before, "production").add(new BigDecimal("500000.20")), total(now, "production"));
            assertAzn(total(before, "exports").add(new BigDecimal("200000.30")), total(now, "exports"));
            assertEquals(before.path("investment").path("jobsCreated").asLong() + 12,
                    now.path("investment").path("jobsCreated").asLong());
        });
    }

    @Test
    @Order(2)
    void theWebAppServesThePageAndItsProxyAnswersAsTheServicesDo() throws Exception {
        Http.Response page = Http.get(url("web-app", "/"));
        assertEquals(200, page.status(), page.raw());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.raw().contains("/static/bundle/"), "the page loads its bundle from the web app: " + page.raw());

        String manager = E2eKeys.token("manager");
        await("the national report through the web app's proxy equals reporting's").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    Http.Response proxied = Http.get(url("web-app", "/api/reports/national"), manager);
                    assertEquals(200, proxied.status(), proxied.raw());
                    assertEquals(national().toString(), proxied.body().toString());
                });
        assertEquals(401, Http.get(url("web-app", "/api/reports/national")).status(), "the service's own refusal, passed on");
        assertEquals(Http.get(url("reporting-service", "/api/zones")).raw(), Http.get(url("web-app", "/api/zones")).raw(),
                "the zone catalogue through the proxy");

        HttpResponse<Void> front = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("reporting-service", "/")))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, front.statusCode(), "reporting's own address redirects");
        assertEquals("http://localhost:" + ports.get("web-app") + "/", front.headers().firstValue("Location").orElse(null),
                "to the web app's published port");

        String why = PageFigures.whyNoBrowser();
        if (why != null) {
            System.out.println("[compose] the page's figures not read in a browser: " + why);
            return;
        }
        String expected = PageFigures.azn(total(national(), "investment"));
        long opened = System.nanoTime();
        assertEquals(expected, PageFigures.investmentTile(url("web-app", ""), manager, expected),
                "the page's investment tile, through the compose stack, shows the API's investment.totalAzn");
        System.out.printf("[compose] the page's investment tile shows %s (%d ms)%n", expected,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened));
    }

    @Test
    @Order(3)
    void aServiceContainerKilledWithSigkillIsRestartedAndHealthyAgain() throws Exception {
        String container = Podman.container(project, "production-service");
        long restarts = Podman.restartCount(container);
        long pid = Podman.pid(container);
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "SIGKILL to " + container + " (pid " + pid + ")");
        long killed = System.nanoTime();

        await(container + " restarted by its policy").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Podman.restartCount(container) > restarts && Podman.pid(container) != pid);
        await(container + " healthy by its compose health check").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).until(() -> Podman.healthy(container));
        System.out.printf("[compose] %s killed (pid %d), healthy again after %d s%n", container, pid,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed));

        JsonNode before = national();
        assertEquals(201, post("production-service", "/api/production", "operator", """
                {"zoneId": "ganja-industrial-park", "producer": "Ganja Automobile Plant", "sector": "AUTOMOTIVE",
                 "product": "Light trucks", "quantity": 1, "unit": "vehicles", "value": 28584.00, "currency": "AZN",
                 "producedOn": "2024-12-31"}""").status(), "the restarted service takes writes");
        await("the restarted service's write reaches the report").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertAzn(total(before, "production").add(new BigDecimal("28584.00")), total(national(), "production")));
    }

    private Podman.Result compose(String verb, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman-compose", "-p", project, "-f", COMPOSE_FILE.toString(), verb));
        command.addAll(options);
        return Podman.run(command, env, dir, "compose-" + verb, Duration.ofMinutes(5));
    }

    /** The services run as uid 185: they must be able to read the mounted key (E2eKeys keeps it in a private folder). */
    private Path readableCopyOfThePublicKey() throws IOException {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path key = Files.copy(E2eKeys.publicKeyFile(), keys.resolve("jwt-public.pem"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        return key;
    }

    private Http.Response post(String service, String path, String role, String json) throws Exception {
        String[] zones = role.equals("operator") || role.equals("exporter")
                ? new String[] {"sumgayit-chemical-industrial-park", "ganja-industrial-park"} : new String[0];
        Http.Response response = Http.postJson(url(service, path), json, E2eKeys.token(role, zones));
        assertEquals(201, response.status(), () -> service + ": " + response.raw());
        return response;
    }

    private JsonNode national() throws Exception {
        Http.Response report = Http.get(url("reporting-service", "/api/reports/national"), E2eKeys.token("manager"));
        assertEquals(200, report.status(), report.raw());
        return report.body();
    }

    /** Equal to the qəpik (the JSON reader may drop trailing zeros of the scale). */
    private static void assertAzn(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), () -> "expected " + expected + " AZN but the report says " + actual);
    }

    private static BigDecimal total(JsonNode national, String block) {
        return national.path(block).path("totalAzn").decimalValue();
    }

    private String url(String service, String path) {
        return "http://127.0.0.1:" + ports.get(service) + path;
    }
}
