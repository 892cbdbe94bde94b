package az.industry.production.rest;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.WriteApi;

/** production-service as the shared write-API suites see it. */
public final class ProductionApi {

    public static final WriteApi API = new WriteApi("/api/production", "production", "production", Topics.PRODUCTION, "product", "value",
            marker -> ProductionRecordingTest.body("product", marker), "operator");

    private ProductionApi() {
    }
}
