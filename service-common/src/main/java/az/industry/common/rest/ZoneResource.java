package az.industry.common.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.contracts.zone.Zone;
import az.industry.contracts.zone.ZoneCatalogue;

/** Serves the zone catalogue: the ids every record refers to. */
@Path("/api/zones")
@PermitAll
@Tag(name = "Zones")
public class ZoneResource {

    @Inject
    ZoneCatalogue catalogue;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The industrial zones records may refer to (public, no token needed)")
    public List<Zone> zones() {
        return catalogue.all();
    }
}
