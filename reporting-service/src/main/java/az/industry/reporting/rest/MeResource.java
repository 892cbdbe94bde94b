package az.industry.reporting.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.common.security.Caller;
import io.quarkus.security.Authenticated;

/** Who the caller is, as the server verified their token: so a page shapes its menus from what the server accepts. */
@Path("/api/me")
@Authenticated
@Tag(name = "Me")
public class MeResource {

    /** The verified token's {@code sub}, roles ({@code groups}) and zones ({@code zones}), roles and zones sorted. */
    @Schema(name = "Me")
    public record Me(@Schema(examples = "operator@local") String subject,
            List<String> roles,
            List<String> zones) {
    }

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who you are: your token's subject, roles and zones, as verified (any valid token; 401 without)")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Me me() {
        return new Me(caller.subject(), caller.roles(), List.copyOf(caller.zones()));
    }
}
