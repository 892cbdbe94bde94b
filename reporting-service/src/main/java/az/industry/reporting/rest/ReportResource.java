package az.industry.reporting.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.common.rest.ProblemException;
import az.industry.common.rest.Violation;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.rest.ReportViews.DestinationReport;
import az.industry.reporting.rest.ReportViews.NationalReport;
import az.industry.reporting.rest.ReportViews.SectorReport;
import az.industry.reporting.rest.ReportViews.ZoneReport;
import az.industry.reporting.service.ReportQueries;

/** The report API: national, per zone, per sector and per destination totals, filtered by record date. */
@Path("/api/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportQueries queries;

    @Inject
    ZoneCatalogue catalogue;

    @GET
    @Path("/national")
    @Operation(summary = "National totals over records not voided, by record date (from/to inclusive)")
    public NationalReport national(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        checkRange(from, to);
        return queries.national(from, to);
    }

    @GET
    @Path("/zones")
    @Operation(summary = "Totals per zone")
    public List<ZoneReport> zones(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        checkRange(from, to);
        return queries.zones(from, to, null);
    }

    @GET
    @Path("/zones/{zoneId}")
    @Operation(summary = "Totals of one zone")
    public ZoneReport zone(@PathParam("zoneId") String zoneId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        checkRange(from, to);
        if (!catalogue.contains(zoneId)) {
            throw ProblemException.notFound("zone", zoneId);
        }
        return queries.zones(from, to, zoneId).get(0);
    }

    @GET
    @Path("/sectors")
    @Operation(summary = "Totals per sector")
    public List<SectorReport> sectors(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        checkRange(from, to);
        return queries.sectors(from, to);
    }

    @GET
    @Path("/destinations")
    @Operation(summary = "Export totals per destination country, largest first")
    public List<DestinationReport> destinations(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("zoneId") String zoneId) {
        checkRange(from, to);
        return queries.destinations(from, to, zoneId);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid(List.of(new Violation("from", "must not be after 'to'")));
        }
    }
}
