package az.industry.investment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApiSuite;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Idempotency keys, batches (JSON and CSV), 413/415 and OpenAPI of investment-service: the shared write-API suite. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentApiTest extends WriteApiSuite {

    /** The contract's example investment, by {@code investor}. */
    static Map<String, Object> investment(String investor) {
        return new HashMap<>(Map.of("zoneId", "sumgayit-chemical-industrial-park", "investor", investor,
                "sector", "AUTOMOTIVE", "amount", new BigDecimal("29000000.00"), "currency", "AZN",
                "investedOn", "2025-04-30", "jobsCreated", 150, "description", "Electric bus plant"));
    }

    @Override
    protected String basePath() {
        return "/api/investments";
    }

    @Override
    protected String database() {
        return "investment";
    }

    @Override
    protected String table() {
        return "investment";
    }

    @Override
    protected String topic() {
        return Topics.INVESTMENTS;
    }

    @Override
    protected Map<String, Object> body(String marker) {
        return investment(marker);
    }

    @Override
    protected String markerField() {
        return "investor";
    }

    @Override
    protected String moneyField() {
        return "amount";
    }
}
