package az.industry.production.rest;

import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.SecurityMatrixSuite;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** production-service: every endpoint × every kind of caller (SecurityMatrixSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionSecurityTest extends SecurityMatrixSuite {

    @Override
    protected WriteApi api() {
        return ProductionApi.API;
    }

    @Override
    protected boolean zoneScoped() {
        return true;
    }
}
