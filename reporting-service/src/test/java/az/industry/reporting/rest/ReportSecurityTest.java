package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import az.industry.reporting.Reports;
import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Reports are for managers and admins, rebuilds for admins, {@code /api/me} for every valid token: every endpoint ×
 * {no token, expired, bad signature, wrong issuer, each role} answers as the contract says (refusals as problem+json,
 * and a refused rebuild starts nothing); the zones and currencies are open to everyone.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportSecurityTest {

    static final List<String> REPORTS = List.of("/api/reports/national", "/api/reports/zones",
            "/api/reports/zones/ganja-industrial-park", "/api/reports/sectors", "/api/reports/destinations",
            "/api/reports/timeseries?metric=investment&granularity=year", "/api/reports/companies",
            "/api/reports/products", "/api/reports/records?metric=exports", "/api/reports/national?format=csv",
            "/api/reports/records?metric=investment&format=csv");

    @BeforeEach
    void noDefaultToken() {
        Auth.none();
    }

    /** Every kind of caller: its name and token (null: none). */
    static Stream<Arguments> callers() {
        return Stream.of(Arguments.of("no token", null), Arguments.of("expired", Tokens.expired("manager")),
                Arguments.of("bad signature", Tokens.badSignature("manager")),
                Arguments.of("wrong issuer", Tokens.wrongIssuer("manager")),
                Arguments.of("operator", Tokens.forRole("operator", "ganja-industrial-park")),
                Arguments.of("exporter", Tokens.forRole("exporter", "ganja-industrial-park")),
                Arguments.of("investment-officer", Tokens.forRole("investment-officer")),
                Arguments.of("manager", Tokens.manager()), Arguments.of("admin", Tokens.admin()));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Arguments args : callers().toList()) {
            String[] caller = { (String) args.get()[0], (String) args.get()[1] };
            for (String path : REPORTS) {
                cases.add(Arguments.of("GET " + path, caller[0], caller[1]));
            }
            cases.add(Arguments.of("GET /api/admin/rebuild", caller[0], caller[1]));
            cases.add(Arguments.of("GET /api/me", caller[0], caller[1]));
            if (!"admin".equals(caller[0])) {
                cases.add(Arguments.of("POST /api/admin/rebuild", caller[0], caller[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void answersAsTheContractSays(String request, String caller, String token) {
        String method = request.substring(0, request.indexOf(' '));
        String path = request.substring(request.indexOf(' ') + 1);
        RequestSpecification spec = given();
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        Response response = "POST".equals(method) ? spec.post(path) : spec.get(path);
        boolean authenticated = !List.of("no token", "expired", "bad signature", "wrong issuer").contains(caller);
        boolean allowed = path.startsWith("/api/admin") ? "admin".equals(caller)
                : path.equals("/api/me") || "manager".equals(caller) || "admin".equals(caller);
        int expected = !authenticated ? 401 : allowed ? 200 : 403;
        assertEquals(expected, response.statusCode(), request + " as " + caller + ": " + response.asString());
        if (expected != 200) {
            assertEquals("application/problem+json", response.contentType().split(";")[0].trim());
        }
        if ("POST".equals(method)) {
            String status = given().header("Authorization", "Bearer " + Tokens.admin()).get("/api/admin/rebuild")
                    .then().statusCode(200).extract().path("status");
            assertEquals(false, "RUNNING".equals(status), "a refused rebuild starts nothing");
        }
    }

    @ParameterizedTest(name = "GET /api/zones and /api/currencies as {0}")
    @MethodSource("callers")
    void zonesAndCurrenciesAreOpenToEveryone(String caller, String token) {
        for (String path : List.of("/api/zones", "/api/currencies")) {
            RequestSpecification spec = token == null ? given() : given().header("Authorization", "Bearer " + token);
            assertEquals(200, spec.get(path).statusCode(), path + " as " + caller);
        }
    }

    @ParameterizedTest(name = "GET / and /index.html as {0}")
    @MethodSource("callers")
    void theFrontDoorRedirectsEveryoneToTheWebAppWhateverTheirToken(String caller, String token) {
        for (String path : List.of("/", "/index.html")) {
            RequestSpecification spec = token == null ? given() : given().header("Authorization", "Bearer " + token);
            Response response = spec.redirects().follow(false).get(path);
            assertEquals(302, response.statusCode(), path + " as " + caller);
            assertEquals("http://localhost:8080/", response.getHeader("Location"), path + " as " + caller);
        }
    }
}
