package az.industry.production.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.contracts.event.ProductionRecord;
import az.industry.production.model.NewProduction;
import az.industry.recording.rest.RecordResource;

/** HTTP API of production output reports: record (one or a batch), read, list, void; written once in {@link RecordResource}. */
@Path("/api/production")
@Tag(name = "Production")
public class ProductionResource extends RecordResource<NewProduction, ProductionRecord> {
}
