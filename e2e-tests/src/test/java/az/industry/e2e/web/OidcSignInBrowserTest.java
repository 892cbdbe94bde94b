package az.industry.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import az.industry.e2e.Http;
import az.industry.e2e.PlatformScript;
import az.industry.infra.Ports;

/**
 * Signing in with an OIDC provider, for real: a Keycloak (its distribution from Maven Central, unpacked by the build
 * into {@code target/keycloak}) in dev mode on a free loopback port with the realm of {@code deploy/keycloak}, and
 * {@code ./platform up} with {@code OIDC_ISSUER} pointing at it. In headless Chromium a manager opens the web app,
 * clicks "Sign in with your organisation account", signs in on Keycloak's own login form and comes back to the
 * analytics, live: the page's authorization code flow with PKCE got a token that reporting-service accepted through
 * the web app's proxy. That token's role comes from {@code groups} (a write is 403); an operator's token carries its
 * {@code zones}, and a production record it posts for its zone shows on the manager's page without a reload.
 * Skipped, saying why, when Chromium, the unpacked Keycloak or a JDK it runs on is missing.
 */
class OidcSignInBrowserTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path KEYCLOAK = Path.of(System.getProperty("keycloak.home", "target/keycloak/missing"));
    /** The oldest JDK the pinned Keycloak ({@code keycloak.version} in the pom) runs on. */
    static final int KEYCLOAK_MIN_JAVA = 17;
    static final Duration KEYCLOAK_START = Duration.ofSeconds(150);
    static final String GANJA = "ganja-industrial-park";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static Process keycloak;
    static Path keycloakLog;
    static PlatformScript platform;
    static Browser browser;
    static String issuer;
    static String web;
    static final Map<String, String> PASSWORDS = new LinkedHashMap<>();

    @BeforeAll
    static void keycloakAndThePlatform() throws Exception {
        String missing = Browser.missing();
        assumeTrue(missing == null, "OidcSignInBrowserTest skipped: " + missing);
        assumeTrue(Files.isRegularFile(KEYCLOAK.resolve("bin/kc.sh")),
                "OidcSignInBrowserTest skipped: no Keycloak at " + KEYCLOAK + " (the build unpacks org.keycloak:keycloak-quarkus-dist there)");
        Path javaHome = javaForKeycloak();
        assumeTrue(javaHome != null, "OidcSignInBrowserTest skipped: Keycloak needs a JDK " + KEYCLOAK_MIN_JAVA
                + "+ (this JVM is " + Runtime.version() + ", none under /usr/lib/jvm)");

        Path data = Files.createTempDirectory("oidc-e2e").resolve("data");
        platform = new PlatformScript(data);
        web = "http://localhost:" + platform.port("WEB_PORT");
        int port = Ports.free();
        issuer = "http://localhost:" + port + "/realms/industry";
        startKeycloak(javaHome, port, KEYCLOAK.resolveSibling("keycloak.log"));
        // the platform starts meanwhile: the services fetch the realm's keys when the first token comes
        PlatformScript.Result up = platform.with("OIDC_ISSUER", issuer).run("up");
        assertEquals(0, up.exitCode(), up.output());
        awaitKeycloak();
        browser = new Browser();
    }

    @AfterAll
    static void down() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (platform != null) {
                platform.run("down");
            }
        } finally {
            stopKeycloak();
        }
    }

    @Test
    void aManagerSignsInAtKeycloakAndSeesTheAnalyticsLive() throws Exception {
        PlatformScript.Result link = platform.run("dashboard");
        assertEquals(0, link.exitCode(), link.output());
        assertTrue(link.output().trim().endsWith(web + "/"), "with an OIDC provider the link carries no token: " + link.output());

        browser.open(web + "/?period=all");
        browser.await("the sign-in button", () -> browser.byId("signin-oidc").isDisplayed(), Boolean.TRUE::equals);
        assertEquals("Sign in with your organisation account", browser.text("signin-oidc"));
        browser.byId("signin-oidc").click();
        signInAtKeycloak(browser, "manager");

        // back on the web app, signed in: the code was exchanged (PKCE) and the address is as it was
        browser.await("the analytics", () -> browser.driver.getCurrentUrl().startsWith(web)
                && browser.byId("analytics").isDisplayed(), Boolean.TRUE::equals);
        browser.awaitSettled();
        browser.awaitText("live", "● Live");
        assertEquals("0.00 AZN", browser.text("figure-investment"), "a new platform has nothing recorded");
        assertEquals(web + "/?period=all", browser.driver.getCurrentUrl(), "no code or state left in the address");
        assertFalse(browser.byId("signin").isDisplayed());
        browser.screenshot("oidc-signed-in");

        String token = (String) browser.js("return sessionStorage.getItem('industry.token');");
        assertNotNull(token, "the page keeps the access token in sessionStorage");
        JsonNode claims = claims(token);
        assertEquals(issuer, claims.get("iss").asText());
        assertFalse(claims.path("sub").asText().isEmpty(), "Keycloak's access token has a sub: " + claims);
        assertEquals("manager", claims.path("preferred_username").asText(), claims.toString());
        assertTrue(strings(claims.get("groups")).contains("manager"), "roles come in groups: " + claims);
        assertEquals("industry-web", claims.get("azp").asText());

        // the same token through the web app's proxy: reports yes, a write no (a manager only reads)
        assertEquals(200, Http.get(web + "/api/reports/national", token).status());
        String investment = "{\"zoneId\":\"" + GANJA + "\",\"investor\":\"OIDC LLC\",\"sector\":\"OTHER\",\"amount\":10.00,"
                + "\"currency\":\"AZN\",\"investedOn\":\"2025-03-01\",\"jobsCreated\":1}";
        Http.Response refused = Http.postJson(web + "/api/investments", investment, token);
        assertEquals(403, refused.status(), refused.raw());

        // an operator (a second browser: no Keycloak session yet) gets a token scoped to its zones
        String operator;
        try (Browser other = new Browser()) {
            operator = tokenThroughTheLoginForm(other, "ganja-operator");
        }
        JsonNode op = claims(operator);
        assertEquals(List.of(GANJA), strings(op.get("zones")), "zones come from the user attribute: " + op);
        assertTrue(strings(op.get("groups")).contains("operator"), op.toString());
        String production = "{\"zoneId\":\"%s\",\"producer\":\"Ganja OIDC Plant\",\"sector\":\"MACHINERY\",\"product\":\"Pumps\","
                + "\"quantity\":3,\"unit\":\"pcs\",\"value\":1234.50,\"currency\":\"AZN\",\"producedOn\":\"2025-03-01\"}";
        Http.Response otherZone = Http.postJson(web + "/api/production", production.formatted("sumgayit-chemical-industrial-park"), operator);
        assertEquals(403, otherZone.status(), "not its zone: " + otherZone.raw());
        Http.Response created = Http.postJson(web + "/api/production", production.formatted(GANJA), operator);
        assertEquals(201, created.status(), created.raw());

        // and the manager's page shows it, live
        browser.awaitText("figure-production", "1,234.50 AZN");
        assertEquals("● Live", browser.text("live"));
    }

    // ---- Keycloak -----------------------------------------------------------------------------------------------

    /** The JDK Keycloak runs on: this test's when new enough, else the newest suitable one under /usr/lib/jvm; or null. */
    static Path javaForKeycloak() throws IOException {
        if (Runtime.version().feature() >= KEYCLOAK_MIN_JAVA) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && javaVersion(h) >= KEYCLOAK_MIN_JAVA)
                    .max(java.util.Comparator.comparingInt(OidcSignInBrowserTest::javaVersion)).orElse(null);
        }
    }

    /** The feature version in a JDK's {@code release} file ({@code JAVA_VERSION="21.0.2"}), 0 when unreadable. */
    static int javaVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return Integer.parseInt(line.replaceAll("^JAVA_VERSION=\"?(\\d+).*$", "$1"));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not a JDK we can tell
        }
        return 0;
    }

    /**
     * Starts Keycloak in dev mode on 127.0.0.1:{@code port}, importing a copy of {@code deploy/keycloak/industry-realm.json}
     * whose web client redirects to this test's web app, with a manager and the realm's operator given passwords.
     */
    static void startKeycloak(Path javaHome, int port, Path log) throws IOException {
        Path data = KEYCLOAK.resolve("data");
        deleteTree(data); // a fresh H2 database: the realm is imported anew
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import/industry-realm.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm()));
        keycloakLog = log;
        ProcessBuilder builder = new ProcessBuilder("sh", KEYCLOAK.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                "--http-management-port=" + Ports.free(), "--import-realm")
                .directory(KEYCLOAK.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        keycloak = builder.start();
    }

    static ObjectNode realm() throws IOException {
        Path file = Path.of(System.getProperty("platform.home", "..")).resolve("deploy/keycloak/industry-realm.json");
        ObjectNode realm = (ObjectNode) JSON.readTree(file.toFile());
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals("industry-web")) {
                ((ObjectNode) client).set("redirectUris", JSON.createArrayNode().add(web + "/*"));
                ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", web + "/*");
            }
        }
        ArrayNode users = (ArrayNode) realm.get("users");
        ObjectNode manager = users.addObject().put("username", "manager");
        manager.putArray("realmRoles").add("manager");
        for (JsonNode user : users) {
            String name = user.get("username").asText();
            String password = "e2e-" + UUID.randomUUID();
            PASSWORDS.put(name, password);
            // the realm's user profile asks for a name and an e-mail address at the first sign-in: given here
            ((ObjectNode) user).put("enabled", true).put("email", name + "@example.org").put("emailVerified", true)
                    .put("firstName", name).put("lastName", "E2e");
            ((ObjectNode) user).putArray("credentials").addObject().put("type", "password").put("value", password)
                    .put("temporary", false);
        }
        return realm;
    }

    /** Waits until the realm's discovery document answers; fails at once if Keycloak exited. */
    static void awaitKeycloak() {
        try {
            Awaitility.await("Keycloak's realm at " + issuer).atMost(KEYCLOAK_START).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                        if (!keycloak.isAlive()) {
                            throw new IllegalStateException("Keycloak exited (" + keycloak.exitValue() + ")");
                        }
                        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (RuntimeException e) {
            throw new AssertionError("Keycloak did not start: " + e.getMessage() + "\n" + tail(keycloakLog), e);
        }
    }

    static void stopKeycloak() throws IOException {
        if (keycloak == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(keycloak.descendants().toList());
        tree.add(keycloak.toHandle());
        keycloak.destroy(); // kc.sh hands SIGTERM on to Keycloak's JVM
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        keycloak = null;
    }

    // ---- signing in --------------------------------------------------------------------------------------------

    /** On Keycloak's login page (reached by the page's redirect), signs in as {@code user}. */
    static void signInAtKeycloak(Browser b, String user) {
        b.await("Keycloak's login form", () -> b.driver.getCurrentUrl().startsWith(issuer)
                && !b.driver.findElements(org.openqa.selenium.By.id("username")).isEmpty(), Boolean.TRUE::equals);
        b.byId("username").sendKeys(user);
        b.byId("password").sendKeys(PASSWORDS.get(user));
        b.byId("kc-login").click();
    }

    /**
     * An access token for {@code user} by the same flow the page runs (code with PKCE S256, the web client, a redirect
     * to the web app), signing in on Keycloak's form in {@code b}; the code is exchanged here.
     */
    static String tokenThroughTheLoginForm(Browser b, String user) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = web + "/app-config";
        b.open(issuer + "/protocol/openid-connect/auth?" + form(Map.of("response_type", "code", "client_id", "industry-web",
                "redirect_uri", redirect, "scope", "openid", "state", "e2e", "code_challenge", challenge,
                "code_challenge_method", "S256")));
        signInAtKeycloak(b, user);
        b.await("the redirect back with a code", () -> b.driver.getCurrentUrl(), u -> u.startsWith(redirect + "?"));
        String code = query(URI.create(b.driver.getCurrentUrl()).getRawQuery()).get("code");
        assertNotNull(code, b.driver.getCurrentUrl());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirect, "client_id", "industry-web", "code_verifier", verifier)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return q;
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
