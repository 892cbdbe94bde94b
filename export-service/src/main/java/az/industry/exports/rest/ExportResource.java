package az.industry.exports.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.contracts.event.ExportRecord;
import az.industry.exports.model.NewExportShipment;
import az.industry.recording.rest.RecordResource;

/** HTTP API of export shipments: record (one or a batch), read, list, void; written once in {@link RecordResource}. */
@Path("/api/exports")
@Tag(name = "Exports")
public class ExportResource extends RecordResource<NewExportShipment, ExportRecord> {
}
