package az.industry.investment.rest;

import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.VoidSuite;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** Voiding investments: once, never twice (409), never unknown (404), never without a reason (VoidSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentVoidTest extends VoidSuite {

    @Override
    protected WriteApi api() {
        return InvestmentApi.API;
    }
}
