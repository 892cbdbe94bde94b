package az.industry.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's own address ({@code /}, and the first dashboard's {@code /index.html}) sends people to the web app,
 * the platform's one front end: 302 Found, temporary, so browsers do not keep it and a changed
 * {@code reporting.web-app.url} applies at once.
 */
@Path("/")
@PermitAll
@Tag(name = "Front door")
public class FrontDoorResource {

    @Inject
    FrontDoorConfig config;

    @GET
    @Operation(summary = "Redirects to the web app (302 Found, Location = reporting.web-app.url)")
    @APIResponse(responseCode = "302", description = "The web app's address in Location")
    public Response root() {
        return toWebApp();
    }

    @GET
    @Path("index.html")
    @Operation(summary = "The first dashboard's old address: redirects to the web app as / does")
    @APIResponse(responseCode = "302", description = "The web app's address in Location")
    public Response oldDashboard() {
        return toWebApp();
    }

    /** The configured URL exactly as given (JAX-RS' {@code location()} would make a relative one absolute here). */
    private Response toWebApp() {
        return Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, config.url()).build();
    }
}
