package az.industry.exports.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Tag;

/** Destination country (ISO 3166-1 alpha-2, upper case, real, not AZ) and HS code (2, 4 or 6 digits), one bad value at a time. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportValidationTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    @ParameterizedTest
    @ValueSource(strings = { "AZ", "XX", "it", "ITA", "I", "" })
    void rejectsDestinationCountry(String country) {
        given().contentType(ContentType.JSON).body(ExportRecordingTest.body("destinationCountry", country))
                .when().post("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("destinationCountry"))
                .body("violations.field", everyItem(equalTo("destinationCountry")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "123", "12345", "abcd", "1234567", "39 02", "３９０２", "" })
    void rejectsHsCode(String hsCode) {
        given().contentType(ContentType.JSON).body(ExportRecordingTest.body("hsCode", hsCode))
                .when().post("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("hsCode"))
                .body("violations.field", everyItem(equalTo("hsCode")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "DE", "TR", "GE", "CN", "US" })
    void acceptsRealForeignCountries(String country) {
        given().contentType(ContentType.JSON).body(ExportRecordingTest.body("destinationCountry", country))
                .when().post("/api/exports")
                .then().statusCode(201)
                .body("destinationCountry", equalTo(country));
    }

    @ParameterizedTest
    @ValueSource(strings = { "39", "3902", "390210" })
    void acceptsHsChaptersHeadingsAndSubheadings(String hsCode) {
        given().contentType(ContentType.JSON).body(ExportRecordingTest.body("hsCode", hsCode))
                .when().post("/api/exports")
                .then().statusCode(201)
                .body("hsCode", equalTo(hsCode));
    }

    @ParameterizedTest
    @ValueSource(strings = { "AZ", "XX" })
    void explainsWhyADestinationIsRefused(String country) {
        given().contentType(ContentType.JSON).body(ExportRecordingTest.body("destinationCountry", country))
                .when().post("/api/exports")
                .then().statusCode(400)
                .body("violations[0].message", "AZ".equals(country)
                        ? equalTo("must not be AZ: an export leaves Azerbaijan")
                        : equalTo("not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. IT)"));
    }
}
