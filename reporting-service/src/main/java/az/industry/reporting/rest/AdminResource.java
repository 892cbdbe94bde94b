package az.industry.reporting.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.common.problem.ProblemException;
import az.industry.common.security.Roles;
import az.industry.reporting.rebuild.RebuildStatus;
import az.industry.reporting.rebuild.RebuildStatusStore;
import az.industry.reporting.rebuild.Rebuilder;

/** Operations on the projections: rebuild them from the start of the topics, and follow the rebuild. */
@Path("/api/admin/rebuild")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    Rebuilder rebuilder;

    @Inject
    RebuildStatusStore store;

    @POST
    @Operation(summary = "Rebuild every projection from the start of the topics, in the background; reports keep "
            + "answering from the current projections until the rebuilt ones replace them in one transaction")
    @APIResponse(responseCode = "202", description = "Started; follow it at the Location (GET /api/admin/rebuild)")
    @APIResponse(responseCode = "409", description = "A rebuild is already running (on this or another instance)")
    public Response rebuild() {
        RebuildStatus status = rebuilder.start().orElseThrow(() -> ProblemException.conflict("rebuild-running",
                "A rebuild is already running; follow it at GET /api/admin/rebuild."));
        return Response.accepted(status).location(URI.create("/api/admin/rebuild")).build();
    }

    @GET
    @Operation(summary = "The running or last rebuild: NONE, RUNNING, SUCCEEDED or FAILED (with the error)")
    public RebuildStatus status() {
        return store.read();
    }
}
