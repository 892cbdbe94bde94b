package az.industry.production;

import java.util.Map;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApiSuite;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Idempotency keys, batches (JSON and CSV), 413/415 and OpenAPI of production-service: the shared write-API suite. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionApiTest extends WriteApiSuite {

    @Override
    protected String basePath() {
        return "/api/production";
    }

    @Override
    protected String database() {
        return "production";
    }

    @Override
    protected String table() {
        return "production";
    }

    @Override
    protected String topic() {
        return Topics.PRODUCTION;
    }

    @Override
    protected Map<String, Object> body(String marker) {
        return ProductionRecordingTest.body("product", marker);
    }

    @Override
    protected String markerField() {
        return "product";
    }

    @Override
    protected String moneyField() {
        return "value";
    }
}
