package az.industry.exports.service;

import az.industry.exports.rest.ExportApi;
import az.industry.testsupport.GroupCommitSuite;
import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** 64 concurrent POSTs through the group commit: own record, own event once, a constraint failure alone (GroupCommitSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportGroupCommitTest extends GroupCommitSuite {

    @Override
    protected WriteApi api() {
        return ExportApi.API;
    }
}
