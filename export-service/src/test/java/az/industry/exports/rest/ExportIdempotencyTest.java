package az.industry.exports.rest;

import az.industry.testsupport.IdempotencySuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** export-service, Idempotency-Key: replay, 409, concurrency, bad keys (IdempotencySuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportIdempotencyTest extends IdempotencySuite {

    @Override
    protected WriteApi api() {
        return ExportApi.API;
    }
}
