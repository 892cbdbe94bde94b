package az.industry.exports.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.common.rest.VoidRequest;
import az.industry.contracts.event.ExportRecord;
import az.industry.exports.service.ExportService;

/** HTTP API of export shipments: record, read, list, void. */
@Path("/api/exports")
@Tag(name = "Exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @Inject
    ExportService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an export shipment")
    public Response record(@NotNull(message = "a JSON body is required") @Valid NewExportShipment body) {
        ExportRecord record = service.record(body);
        return Response.created(URI.create("/api/exports/" + record.id())).entity(record).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One export shipment")
    public ExportRecord get(@PathParam("id") UUID id) {
        return service.find(id);
    }

    @GET
    @Operation(summary = "Export shipments, newest first, paged")
    public Response list(@QueryParam("zoneId") String zoneId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        ExportService.Paged<ExportRecord> result = service.list(zoneId, from, to, page, size);
        return Response.ok(result.items()).header("X-Total-Count", result.total()).build();
    }

    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void an export shipment once; reports drop it from every total")
    public ExportRecord voidRecord(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid VoidRequest body) {
        return service.voidRecord(id, body.reason());
    }

}
