package az.industry.production.rest;

import az.industry.testsupport.HttpLimitsSuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** production-service, 413 and 415 as problem+json; the OpenAPI document (HttpLimitsSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionHttpLimitsTest extends HttpLimitsSuite {

    @Override
    protected WriteApi api() {
        return ProductionApi.API;
    }
}
