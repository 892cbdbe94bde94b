package az.industry.investment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import az.industry.testsupport.Db;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Tag;

/** Every rule of an investment, one bad value at a time: status, the field the problem names, nothing stored. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentValidationTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    private static final Db DB = new Db("investment");

    /** Field to change, its bad value (null: left out), the field the problem must name, the status. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                arguments("zoneId", null, 400),
                arguments("zoneId", "", 400),
                arguments("zoneId", "atlantis-industrial-park", 422),
                arguments("investor", null, 400),
                arguments("investor", "   ", 400),
                arguments("investor", "x".repeat(201), 400),
                arguments("sector", null, 400),
                arguments("sector", "WOODWORK", 400),
                arguments("sector", "automotive", 400),
                arguments("amount", null, 400),
                arguments("amount", 0, 400),
                arguments("amount", new BigDecimal("-5.00"), 400),
                arguments("amount", new BigDecimal("10.001"), 400),
                arguments("amount", new BigDecimal("1234567890123456"), 400),
                arguments("amount", "a lot", 400),
                arguments("currency", null, 400),
                arguments("currency", "", 400),
                arguments("currency", "XYZ", 400),
                arguments("currency", "azn", 400),
                arguments("currency", "EUR", 400),
                arguments("investedOn", null, 400),
                arguments("investedOn", LocalDate.now().plusDays(1).toString(), 400),
                arguments("investedOn", "30/04/2025", 400),
                arguments("investedOn", "2025-02-30", 400),
                arguments("jobsCreated", null, 400),
                arguments("jobsCreated", -1, 400),
                arguments("jobsCreated", new BigDecimal("1.5"), 400),
                arguments("jobsCreated", 10_000_001, 400),
                arguments("jobsCreated", "many", 400),
                arguments("description", "x".repeat(2001), 400));
    }

    @ParameterizedTest(name = "{0} = {1} is {2}")
    @MethodSource("badValues")
    void rejectsABadValueNamingItsFieldAndStoresNothing(String field, Object value, int status) {
        String marker = "validation-" + UUID.randomUUID();
        Map<String, Object> body = InvestmentApi.investment(marker);
        body.put("description", marker);
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/investments")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("violations.field", hasItem(field))
                .body("violations.field", everyItem(equalTo(field)));
        assertEquals(0, DB.count("SELECT count(*) FROM investment WHERE investor = ? OR description = ?", marker, marker));
        assertEquals(0, DB.count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%" + marker + "%"));
    }

    /** Field to change and a value at the edge of what is allowed. */
    static Stream<Arguments> edgeValues() {
        return Stream.of(
                arguments("amount", new BigDecimal("0.01")),
                arguments("amount", new BigDecimal("999999999999999.99")),
                arguments("currency", "USD"),
                arguments("investedOn", LocalDate.now().toString()),
                arguments("jobsCreated", 0),
                arguments("jobsCreated", 10_000_000),
                arguments("investor", "x".repeat(200)),
                arguments("description", null),
                arguments("description", "x".repeat(2000)));
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @MethodSource("edgeValues")
    void acceptsValuesAtTheEdge(String field, Object value) {
        Map<String, Object> body = InvestmentApi.investment("edge-" + UUID.randomUUID());
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/investments")
                .then().statusCode(201);
    }
}
