package az.industry.exports.rest;

import java.util.Set;

import az.industry.testsupport.HostileInputSuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** export-service under a generated corpus of hostile requests: only 4xx problem+json, nothing stored (HostileInputSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportHostileInputTest extends HostileInputSuite {

    @Override
    protected WriteApi api() {
        return ExportApi.API;
    }

    @Override
    protected Set<String> freeTextFields() {
        return Set.of("exporter", "product", "unit");
    }
}
