package az.industry.production.rest;

import az.industry.testsupport.BatchSuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** production-service, batches of up to 1,000 records, JSON and CSV, all or nothing (BatchSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionBatchTest extends BatchSuite {

    @Override
    protected WriteApi api() {
        return ProductionApi.API;
    }
}
