package az.industry.production;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.WriteApi;

/** production-service as the shared write-API suites see it. */
final class ProductionApi {

    static final WriteApi API = new WriteApi("/api/production", "production", "production", Topics.PRODUCTION, "product", "value",
            marker -> ProductionRecordingTest.body("product", marker), "operator");

    private ProductionApi() {
    }
}
