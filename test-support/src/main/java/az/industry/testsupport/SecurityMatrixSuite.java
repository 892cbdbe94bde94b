package az.industry.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The contract's security section for one write service: every endpoint × {no token, expired, bad signature,
 * wrong issuer, each role, the writing role for another zone} answers the status the contract says, as
 * problem+json when refused, and a refused request changes nothing; the zones and currencies are open to all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SecurityMatrixSuite extends WriteApiTestBase {

    /** Another zone than the bodies', for the "right role, wrong zone" case. */
    protected static final String OTHER_ZONE = "masalli-industrial-quarter";

    /** The role that writes this service's records. */
    protected String writeRole() {
        return api().writeRole();
    }

    /** Whether that role is limited to the zones of its token. */
    protected abstract boolean zoneScoped();

    /** A caller: how its token is made, and whether it is authenticated, may write, may read. */
    public record Caller(String name, TokenFactory token, boolean authenticated, boolean writes, boolean reads) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Makes a token for the zone of the body under test ({@code null} = no token). */
    @FunctionalInterface
    public interface TokenFactory {
        String token(String zone);
    }

    private String existingId;

    @BeforeEach
    void anExistingRecord() {
        Auth.none();
        existingId = post(basePath(), null, json(body(marker()))).then().statusCode(201).extract().path("id");
    }

    /** Every caller of the matrix, for this service's writing role. */
    protected List<Caller> callers() {
        String role = writeRole();
        List<Caller> callers = new ArrayList<>(List.of(
                new Caller("no token", zone -> null, false, false, false),
                new Caller("expired", zone -> Tokens.expired(role, zone), false, false, false),
                new Caller("bad signature", zone -> Tokens.badSignature(role, zone), false, false, false),
                new Caller("wrong issuer", zone -> Tokens.wrongIssuer(role, zone), false, false, false)));
        for (String other : List.of("operator", "exporter", "investment-officer", "manager", "admin")) {
            boolean mine = other.equals(role) || other.equals("admin");
            callers.add(new Caller(other, zone -> Tokens.forRole(other, zone), true, mine,
                    mine || other.equals("manager")));
        }
        callers.add(new Caller(role + " of another zone", zone -> Tokens.forRole(role, OTHER_ZONE), true, !zoneScoped(),
                true));
        return callers;
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : callers()) {
            for (String endpoint : List.of("POST", "POST batch", "POST dry run", "POST void", "GET id", "GET list")) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void answersAsTheContractSaysAndRefusalsChangeNothing(String endpoint, Caller caller) {
        String marker = marker();
        Map<String, Object> body = body(marker);
        String token = caller.token().token(String.valueOf(body.get("zoneId")));
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        boolean writing = endpoint.startsWith("POST");
        Response response = switch (endpoint) {
            case "POST" -> request.body(json(body)).post(basePath());
            case "POST batch" -> request.body(json(List.of(body))).post(basePath() + "/batch");
            case "POST dry run" -> request.body(json(List.of(body))).post(basePath() + "/batch?dryRun=true");
            case "POST void" -> request.body(json(Map.of("reason", "matrix"))).post(basePath() + "/" + existingId + "/void");
            case "GET id" -> request.get(basePath() + "/" + existingId);
            default -> request.get(basePath());
        };
        int expected;
        if (!caller.authenticated()) {
            expected = 401;
        } else if (writing ? !caller.writes() : !caller.reads()) {
            expected = 403;
        } else {
            expected = switch (endpoint) {
                case "POST", "POST batch" -> 201;
                default -> 200;
            };
        }
        assertEquals(expected, response.statusCode(), endpoint + " as " + caller + ": " + response.asString());
        if (expected >= 400) {
            assertEquals(PROBLEM, response.contentType().split(";")[0].trim(), response.asString());
            assertEquals(expected, response.jsonPath().getInt("status"));
            assertNothingStored(marker);
            boolean voided = given().header("Authorization", "Bearer " + Tokens.admin()).get(basePath() + "/" + existingId)
                    .then().statusCode(200).extract().path("voided");
            assertEquals(false, voided, "a refused void leaves the record as it was");
        }
    }

    Stream<Caller> everyCaller() {
        return callers().stream();
    }

    @ParameterizedTest(name = "GET /api/zones and /api/currencies as {0}")
    @MethodSource("everyCaller")
    void theZonesAndCurrenciesAreOpenToEveryone(Caller caller) {
        String token = caller.token().token(OTHER_ZONE);
        for (String path : List.of("/api/zones", "/api/currencies")) {
            RequestSpecification request = token == null ? given() : given().header("Authorization", "Bearer " + token);
            Response response = request.get(path);
            assertEquals(200, response.statusCode(), path + " as " + caller + ": " + response.asString());
        }
        assertTrue(given().get("/api/currencies").asString()
                .startsWith("[{\"code\":\"AZN\",\"aznPerUnit\":1.00},{\"code\":\"USD\",\"aznPerUnit\":1.70}"));
    }
}
