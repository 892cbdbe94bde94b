package az.industry.exports.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Listing export shipments: filtered by zone and shippedOn (inclusive), newest first, paged with a total. */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportListTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticateAsAdmin() {
        az.industry.testsupport.Auth.asAdmin();
    }

    private static final String ZONE = "masalli-industrial-quarter";

    @Test
    void filtersByZoneAndDateNewestFirstAndPages() {
        for (String day : List.of("2019-01-31", "2019-02-15", "2019-03-01", "2019-04-01")) {
            given().contentType(ContentType.JSON)
                    .body(ExportRecordingTest.body("zoneId", ZONE, "product", "list-" + day, "shippedOn", day))
                    .when().post("/api/exports")
                    .then().statusCode(201);
        }

        given().queryParam("zoneId", ZONE).queryParam("from", "2019-02-15").queryParam("to", "2019-03-01")
                .when().get("/api/exports")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("product", equalTo(List.of("list-2019-03-01", "list-2019-02-15")));

        given().queryParam("zoneId", ZONE).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .queryParam("page", 1).queryParam("size", 3)
                .when().get("/api/exports")
                .then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("$", hasSize(1))
                .body("[0].product", equalTo("list-2019-01-31"));
    }

    @Test
    void rejectsOversizedPages() {
        given().queryParam("size", 501).when().get("/api/exports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("size")));
    }
}
