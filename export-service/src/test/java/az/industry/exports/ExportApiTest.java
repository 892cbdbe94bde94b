package az.industry.exports;

import java.util.Map;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApiSuite;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Idempotency keys, batches (JSON and CSV), 413/415 and OpenAPI of export-service: the shared write-API suite. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportApiTest extends WriteApiSuite {

    @Override
    protected String basePath() {
        return "/api/exports";
    }

    @Override
    protected String database() {
        return "export";
    }

    @Override
    protected String table() {
        return "export_shipment";
    }

    @Override
    protected String topic() {
        return Topics.EXPORTS;
    }

    @Override
    protected Map<String, Object> body(String marker) {
        return ExportRecordingTest.body("product", marker);
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
