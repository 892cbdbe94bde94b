package az.industry.investment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** {@code GET /api/currencies} with a configured extra rate: the exact rates a form converts with, and the service too. */
@Tag("integration")
@QuarkusTest
@TestProfile(CurrenciesTest.WithEuro.class)
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class CurrenciesTest {

    /** EUR at 1.9035 AZN, as {@code INDUSTRY_RATES_EUR=1.9035} would configure it. */
    public static class WithEuro implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("industry.rates.EUR", "1.9035");
        }
    }

    @Test
    void listsAznUsdAndTheConfiguredRateExactlyWithoutAToken() {
        String body = given().get("/api/currencies").then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        assertEquals("[{\"code\":\"AZN\",\"aznPerUnit\":1.00},{\"code\":\"USD\",\"aznPerUnit\":1.70},"
                + "{\"code\":\"EUR\",\"aznPerUnit\":1.9035}]", body);
    }

    @Test
    void aRecordInTheConfiguredCurrencyIsConvertedAtTheListedRate() {
        Map<String, Object> body = InvestmentApi.investment("Euro investor");
        body.put("currency", "EUR");
        body.put("amount", new BigDecimal("1000.01"));
        String text = given().header("Authorization", "Bearer " + Tokens.forRole("investment-officer"))
                .contentType(ContentType.JSON).body(body).post("/api/investments")
                .then().statusCode(201).body("currency", equalTo("EUR")).extract().asString();
        // 1000.01 × 1.9035 = 1903.519035, half-even to 2 decimals
        assertTrue(text.contains("\"amountAzn\":1903.52"), text);
    }
}
