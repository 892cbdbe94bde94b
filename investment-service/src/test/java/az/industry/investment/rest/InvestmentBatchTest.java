package az.industry.investment.rest;

import az.industry.testsupport.BatchSuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** investment-service, batches of up to 1,000 records, JSON and CSV, all or nothing (BatchSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "investment"))
class InvestmentBatchTest extends BatchSuite {

    @Override
    protected WriteApi api() {
        return InvestmentApi.API;
    }
}
