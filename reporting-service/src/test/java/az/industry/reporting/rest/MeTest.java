package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code GET /api/me}: each role's token is answered with its own sub (not its upn), roles and zones; 401 without one. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class MeTest {

    @BeforeEach
    void noDefaultToken() {
        Auth.none();
    }

    @ParameterizedTest
    @ValueSource(strings = { "operator", "exporter", "investment-officer", "manager", "admin" })
    void answersWhoTheTokenSaysTheCallerIs(String role) {
        String token = Tokens.forPerson("sub-of-" + role, "upn-of-" + role, role, "masalli-industrial-quarter",
                "ganja-industrial-park");
        String body = given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals("{\"subject\":\"sub-of-" + role + "\",\"roles\":[\"" + role + "\"],"
                + "\"zones\":[\"ganja-industrial-park\",\"masalli-industrial-quarter\"]}", body);
    }

    @ParameterizedTest
    @ValueSource(strings = { "none", "expired", "bad signature", "wrong issuer" })
    void withoutAValidTokenIs401ProblemJson(String kind) {
        String token = switch (kind) {
            case "expired" -> Tokens.expired("manager");
            case "bad signature" -> Tokens.badSignature("manager");
            case "wrong issuer" -> Tokens.wrongIssuer("manager");
            default -> null;
        };
        var request = token == null ? given() : given().header("Authorization", "Bearer " + token);
        assertEquals(List.of(401, "application/problem+json"), List.of(request.get("/api/me").statusCode(),
                request.get("/api/me").contentType().split(";")[0]));
    }
}
