package az.industry.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.testsupport.Auth;
import az.industry.testsupport.InfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service's own address sends people to the web app: {@code /} and the first dashboard's {@code /index.html}
 * answer 302 to {@code reporting.web-app.url} (its default, http://localhost:8080/, in this test), without a token,
 * and the old page is gone.
 */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class FrontDoorTest {

    @BeforeEach
    void noToken() {
        Auth.none();
    }

    @Test
    void theRootRedirectsToTheWebApp() {
        given().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", "http://localhost:8080/").body(emptyOrNullString());
    }

    @Test
    void theFirstDashboardsAddressRedirectsTooAndItsPageIsGone() {
        given().redirects().follow(false).get("/index.html").then().statusCode(302)
                .header("Location", "http://localhost:8080/");
        given().redirects().follow(false).get("/index.htm").then().statusCode(not(200));
    }
}
