package az.industry.investment.rest;

import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WhoDidWhatSuite;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** Who recorded and who voided each record: the tokens' sub, in answers, lists and events (WhoDidWhatSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentWhoDidWhatTest extends WhoDidWhatSuite {

    @Override
    protected WriteApi api() {
        return InvestmentApi.API;
    }
}
