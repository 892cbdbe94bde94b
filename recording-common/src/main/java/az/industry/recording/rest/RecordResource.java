package az.industry.recording.rest;

import java.time.LocalDate;
import java.util.List;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import az.industry.common.batch.BatchReader;
import az.industry.common.batch.BatchResult;
import az.industry.common.batch.DryRunResult;
import az.industry.common.openapi.ProblemResponses;
import az.industry.common.model.NewRecord;
import az.industry.common.problem.ProblemException;
import az.industry.common.problem.Violation;
import az.industry.common.rest.VoidRequest;
import az.industry.common.security.Caller;
import az.industry.common.security.Roles;
import az.industry.common.security.ZoneScope;
import az.industry.contracts.event.IndustryRecord;
import az.industry.recording.idempotency.Idempotency;
import az.industry.recording.idempotency.IdempotencyKey;
import az.industry.recording.idempotency.RequestFingerprint;
import az.industry.recording.service.RecordPipeline;
import az.industry.recording.store.Paged;

/**
 * The HTTP API every write service has, written once: record one or a batch, read, list, void. A service
 * extends it with its path and types; its writer role is {@code records.writer-role}. The OpenAPI schemas of
 * the service's own types are filled in by {@link RecordSchemas}.
 *
 * @param <I> the request body that records one
 * @param <R> the record as the API shows it
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RecordResource<I extends NewRecord, R extends IndustryRecord> {

    /** The role that records and voids, from configuration. */
    static final String WRITER = "${records.writer-role}";
    /** The batch endpoints' {@code dryRun} parameter, for the OpenAPI document. */
    static final String DRY_RUN = "true: validate the batch exactly as it would be stored (the same 400, 403,"
            + " 413, 415 and 422 answers), store and publish nothing, use no Idempotency-Key, answer 200 {\"valid\": n}";

    @Inject
    RecordPipeline pipeline;

    @Inject
    ZoneScope zoneScope;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @Inject
    RequestFingerprint fingerprint;

    @Inject
    BatchReader batches;

    @POST
    @RolesAllowed({ WRITER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new record")
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_ZONE)
    @APIResponse(responseCode = "503", description = "Too many writes waiting; retry (with the same Idempotency-Key)")
    public Response record(
            @HeaderParam(Idempotency.HEADER) @IdempotencyKey @Parameter(description = Idempotency.DESCRIPTION) String key,
            @NotNull(message = "a JSON body is required") @Valid I body, @Context UriInfo uri) {
        zoneScope.requireWrite(body.zoneId());
        idempotency.checkHeader(key);
        return pipeline.record(body, caller.subject(), key, key == null ? null : fingerprint.value(), uri.getAbsolutePath());
    }

    @POST
    @RolesAllowed({ WRITER, Roles.ADMIN })
    @Path("/batch")
    @Consumes({ MediaType.APPLICATION_JSON, BatchReader.CSV })
    @Operation(summary = "Record up to 1000 at once, all or nothing",
            description = "A JSON array of records, or CSV with a header row of the same field names. Any bad"
                    + " row: 400 naming each bad field as [index].field (JSON, 0-based) or 'line N: field' (CSV,"
                    + " the header is line 1), nothing stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000)),
            @Content(mediaType = BatchReader.CSV, schema = @Schema(type = SchemaType.STRING)) })
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
            @QueryParam("dryRun") @Parameter(description = DRY_RUN,
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @Context HttpHeaders headers, byte[] body) {
        boolean onlyCheck = dryRun(dryRun);
        List<? extends NewRecord> rows = batches.read(body, headers.getMediaType(), pipeline.type().inputType());
        rows.forEach(row -> zoneScope.requireWrite(row.zoneId()));
        if (onlyCheck) {
            idempotency.checkHeader(key);
            return Response.ok(new DryRunResult(rows.size())).build();
        }
        return idempotency.execute(key, () -> Response.status(Response.Status.CREATED)
                .entity(BatchResult.of(pipeline.recordAll(rows, caller.subject()))).build());
    }

    @GET
    @RolesAllowed({ WRITER, Roles.MANAGER, Roles.ADMIN })
    @Path("/{id}")
    @Operation(summary = "One record")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @SuppressWarnings("unchecked")
    public R get(@PathParam("id") UUID id) {
        return (R) pipeline.find(id);
    }

    @GET
    @RolesAllowed({ WRITER, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Records, newest first, paged", description = "X-Total-Count: the number on all pages")
    public Response list(@QueryParam("zoneId") String zoneId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Paged<? extends IndustryRecord> result = pipeline.list(zoneId, from, to, page, size);
        return Response.ok(result.items()).header("X-Total-Count", result.total()).build();
    }

    @POST
    @RolesAllowed({ WRITER, Roles.ADMIN })
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void one once; reports drop it from every total")
    @APIResponse(responseCode = "200", description = "Voided: the record as it now stands")
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response voidRecord(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @IdempotencyKey @Parameter(description = Idempotency.DESCRIPTION) String key,
            @NotNull(message = "a JSON body is required") @Valid VoidRequest body) {
        zoneScope.requireWrite(pipeline.find(id).zoneId());
        return idempotency.execute(key,
                () -> Response.ok(pipeline.voidRecord(id, body.reason(), caller.subject())).build());
    }

    /** {@code dryRun}: absent or {@code false} is a real batch, {@code true} a check; anything else is 400. */
    static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalid(List.of(new Violation("dryRun", "must be true or false")));
    }
}
