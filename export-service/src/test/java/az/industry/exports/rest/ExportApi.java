package az.industry.exports.rest;

import az.industry.contracts.event.Topics;
import az.industry.testsupport.WriteApi;

/** export-service as the shared write-API suites see it. */
public final class ExportApi {

    public static final WriteApi API = new WriteApi("/api/exports", "export", "export_shipment", Topics.EXPORTS, "product", "value",
            marker -> ExportRecordingTest.body("product", marker), "exporter");

    private ExportApi() {
    }
}
