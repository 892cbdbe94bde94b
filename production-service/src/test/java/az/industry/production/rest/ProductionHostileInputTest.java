package az.industry.production.rest;

import java.util.Set;

import az.industry.testsupport.HostileInputSuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** production-service under a generated corpus of hostile requests: only 4xx problem+json, nothing stored (HostileInputSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionHostileInputTest extends HostileInputSuite {

    @Override
    protected WriteApi api() {
        return ProductionApi.API;
    }

    @Override
    protected Set<String> freeTextFields() {
        return Set.of("producer", "product", "unit");
    }
}
