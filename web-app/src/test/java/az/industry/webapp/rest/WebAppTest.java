package az.industry.webapp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The web app's own answers: the page with its bundle, its sign-in settings, health, and no route for strays. */
@Tag("integration")
@QuarkusTest
class WebAppTest {

    @Test
    void thePageLoadsItsBundledScriptAndStyleFromThisServer() {
        String page = given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/static/bundle/app-"))
                .extract().asString();
        String script = page.replaceAll("(?s).*src=\"(/static/bundle/app-[^\"]+\\.js)\".*", "$1");
        given().when().get(script).then().statusCode(200).body(containsString("industryCharts"));
        String style = page.replaceAll("(?s).*href=\"(/static/bundle/app-[^\"]+\\.css)\".*", "$1");
        given().when().get(style).then().statusCode(200).body(containsString("--accent"));
        // nothing from a CDN or any other host
        given().when().get("/").then().body(org.hamcrest.Matchers.not(matchesRegex("(?s).*(src|href)=\"https?://.*")));
    }

    @Test
    void withoutAProviderThePageSignsInWithLinks() {
        given().when().get("/app-config").then().statusCode(200).body("oidc", nullValue());
    }

    /** The three probes the Kubernetes Deployment asks (deploy/kubernetes/web-app.yaml) and compose's health check. */
    @Test
    void healthAnswersEveryProbe() {
        for (String probe : new String[] { "/q/health/started", "/q/health/ready", "/q/health/live" }) {
            given().when().get(probe).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
        }
    }

    @Test
    void anApiPathNoServiceOwnsIsNotFound() {
        given().when().get("/api/unknown").then().statusCode(404);
    }
}
