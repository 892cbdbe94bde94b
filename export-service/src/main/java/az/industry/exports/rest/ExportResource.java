package az.industry.exports.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.common.security.Roles;
import az.industry.common.batch.BatchReader;
import az.industry.common.batch.BatchResult;
import az.industry.common.batch.DryRunResult;
import az.industry.common.openapi.ProblemResponses;
import az.industry.common.rest.VoidRequest;
import az.industry.contracts.event.ExportRecord;
import az.industry.exports.service.ExportService;
import az.industry.recording.idempotency.Idempotency;
import az.industry.recording.write.WriteEndpoint;
import az.industry.recording.store.Paged;
import az.industry.recording.idempotency.IdempotencyKey;

/** HTTP API of export shipments: record (one or a batch), read, list, void. */
@Path("/api/exports")
@Tag(name = "Exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @Inject
    ExportService service;

    @Inject
    WriteEndpoint writes;

    @POST
    @RolesAllowed({ Roles.EXPORTER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an export shipment")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new record",
            content = @Content(schema = @Schema(implementation = ExportRecord.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_ZONE)
    public Response record(
            @HeaderParam(Idempotency.HEADER) @IdempotencyKey @Parameter(description = Idempotency.DESCRIPTION) String key,
            @NotNull(message = "a JSON body is required") @Valid NewExportShipment body) {
        return writes.record(key, body, "/api/exports", service::record);
    }

    @POST
    @RolesAllowed({ Roles.EXPORTER, Roles.ADMIN })
    @Path("/batch")
    @Consumes({ MediaType.APPLICATION_JSON, BatchReader.CSV })
    @Operation(summary = "Record up to 1000 export shipments at once, all or nothing",
            description = "A JSON array of export shipments, or CSV with a header row of the same field names. Any bad"
                    + " row: 400 naming each bad field as [index].field (JSON, 0-based) or 'line N: field' (CSV,"
                    + " the header is line 1), nothing stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NewExportShipment.class, maxItems = 1000)),
            @Content(mediaType = BatchReader.CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "zoneId,exporter,sector,destinationCountry,hsCode,product,quantity,unit,value,currency,shippedOn\n"
                            + "sumgayit-chemical-industrial-park,SOCAR Polymer,CHEMICAL,IT,3902,\"Polypropylene, homopolymer\",1200.5,t,2450000.00,USD,2025-03-14")) })
    @APIResponse(responseCode = "201", description = "All stored: their number and ids in input order",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "200", description = "dryRun=true: every row is valid, nothing stored or published",
            content = @Content(schema = @Schema(implementation = DryRunResult.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_ZONE)
    public Response recordBatch(
            @HeaderParam(Idempotency.HEADER) @IdempotencyKey @Parameter(description = Idempotency.DESCRIPTION) String key,
            @QueryParam("dryRun") @Parameter(description = WriteEndpoint.DRY_RUN,
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @Context HttpHeaders headers, byte[] body) {
        return writes.batch(key, dryRun, headers.getMediaType(), body, NewExportShipment.class, service::recordAll);
    }

    @GET
    @RolesAllowed({ Roles.EXPORTER, Roles.MANAGER, Roles.ADMIN })
    @Path("/{id}")
    @Operation(summary = "One export shipment")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = ExportRecord.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public ExportRecord get(@PathParam("id") UUID id) {
        return service.find(id);
    }

    @GET
    @RolesAllowed({ Roles.EXPORTER, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Export shipments, newest first, paged")
    public Response list(@QueryParam("zoneId") String zoneId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Paged<ExportRecord> result = service.list(zoneId, from, to, page, size);
        return Response.ok(result.items()).header("X-Total-Count", result.total()).build();
    }

    @POST
    @RolesAllowed({ Roles.EXPORTER, Roles.ADMIN })
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void an export shipment once; reports drop it from every total")
    @APIResponse(responseCode = "200", description = "Voided: the record as it now stands",
            content = @Content(schema = @Schema(implementation = ExportRecord.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response voidRecord(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @IdempotencyKey @Parameter(description = Idempotency.DESCRIPTION) String key,
            @NotNull(message = "a JSON body is required") @Valid VoidRequest body) {
        return writes.voidRecord(key, id, body.reason(), service::find, service::voidRecord);
    }
}
