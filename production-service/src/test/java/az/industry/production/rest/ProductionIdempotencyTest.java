package az.industry.production.rest;

import az.industry.testsupport.IdempotencySuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** production-service, Idempotency-Key: replay, 409, concurrency, bad keys (IdempotencySuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionIdempotencyTest extends IdempotencySuite {

    @Override
    protected WriteApi api() {
        return ProductionApi.API;
    }
}
