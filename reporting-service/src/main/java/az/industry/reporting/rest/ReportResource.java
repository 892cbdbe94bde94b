package az.industry.reporting.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import az.industry.common.problem.ProblemException;
import az.industry.common.security.Roles;
import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.live.LiveFeedConfig;
import az.industry.reporting.live.LiveTotals;
import az.industry.reporting.model.Granularity;
import az.industry.reporting.model.Metric;
import az.industry.reporting.model.ReportFilter;
import az.industry.reporting.rest.csv.CsvBodyWriter;
import az.industry.reporting.view.ReportViews.DestinationReport;
import az.industry.reporting.view.ReportViews.LiveUpdate;
import az.industry.reporting.view.ReportViews.NationalReport;
import az.industry.reporting.view.ReportViews.SectorReport;
import az.industry.reporting.view.ReportViews.TimePoint;
import az.industry.reporting.view.ReportViews.ZoneReport;
import az.industry.reporting.service.ReportQueries;
import az.industry.reporting.service.TimeSeriesQueries;
import io.smallrye.mutiny.Multi;

/**
 * The report API: national, zone, sector, destination totals and time series, filtered by record date, as JSON
 * or CSV, and the live feed of national totals.
 */
@Path("/api/reports")
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
@Tag(name = "Reports")
@Produces({ MediaType.APPLICATION_JSON, CsvBodyWriter.CSV })
public class ReportResource {

    static final String DATE = "record date YYYY-MM-DD, inclusive";
    static final String FORMAT = "json (the default) or csv: the same as Accept: application/json or text/csv";

    @Inject
    ReportQueries queries;

    @Inject
    TimeSeriesQueries series;

    @Inject
    LiveTotals live;

    @Inject
    LiveFeedConfig liveFeed;

    @Inject
    ZoneCatalogue catalogue;

    @GET
    @Path("/national")
    @Operation(summary = "National totals over records not voided, by record date (from/to inclusive)")
    public NationalReport national(@QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String to,
            @QueryParam("format") @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" })) String format) {
        QueryParams params = new QueryParams();
        params.format(format);
        QueryParams.Window w = params.window(from, to);
        params.check();
        return queries.national(w.from(), w.to());
    }

    @GET
    @Path("/zones")
    @Operation(summary = "Totals per zone: every catalogue zone, in catalogue order")
    public List<ZoneReport> zones(@QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String to,
            @QueryParam("format") @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" })) String format) {
        QueryParams params = new QueryParams();
        params.format(format);
        QueryParams.Window w = params.window(from, to);
        params.check();
        return queries.zones(w.from(), w.to(), null);
    }

    @GET
    @Path("/zones/{zoneId}")
    @Operation(summary = "Totals of one zone; 404 for a zone not in the catalogue")
    public ZoneReport zone(@PathParam("zoneId") String zoneId,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String to,
            @QueryParam("format") @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" })) String format) {
        QueryParams params = new QueryParams();
        params.format(format);
        QueryParams.Window w = params.window(from, to);
        params.check();
        if (!catalogue.contains(zoneId)) {
            throw ProblemException.notFound("zone", zoneId);
        }
        return queries.zones(w.from(), w.to(), zoneId).get(0);
    }

    @GET
    @Path("/sectors")
    @Operation(summary = "Totals per sector, in the contract's order; optionally of one zone (422 if unknown)")
    public List<SectorReport> sectors(@QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String to,
            @QueryParam("zoneId") String zoneId,
            @QueryParam("format") @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" })) String format) {
        QueryParams params = new QueryParams();
        params.format(format);
        QueryParams.Window w = params.window(from, to);
        String zone = params.zone("zoneId", zoneId, catalogue);
        params.check();
        return queries.sectors(w.from(), w.to(), zone);
    }

    @GET
    @Path("/destinations")
    @Operation(summary = "Export totals per destination country, largest first; optionally of one zone (422 if "
            + "unknown) and/or sector")
    public List<DestinationReport> destinations(@BeanParam FilterParams filters) {
        QueryParams params = new QueryParams();
        ReportFilter f = filters.read(params, catalogue);
        params.check();
        return queries.destinations(f.from(), f.to(), f.zoneId(), f.sector());
    }

    @GET
    @Path("/timeseries")
    @Operation(summary = "Totals of one metric per month, quarter or year, oldest first, every period from the first "
            + "to the last with data; growth over the same period a year earlier (null without an earlier total). "
            + "400 for a bad metric, granularity, sector or date; 422 for an unknown zoneId")
    public List<TimePoint> timeseries(
            @QueryParam("metric") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "investment", "production", "exports" })) String metric,
            @QueryParam("granularity") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "month", "quarter", "year" })) String granularity,
            @QueryParam("zoneId") String zoneId,
            @QueryParam("sector") @Parameter(schema = @Schema(implementation = Sector.class)) String sector,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = DATE) String to,
            @QueryParam("format") @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" })) String format) {
        QueryParams params = new QueryParams();
        params.format(format);
        Metric m = params.choice("metric", metric, Metric.class, true, true);
        Granularity g = params.choice("granularity", granularity, Granularity.class, true, true);
        String zone = params.zone("zoneId", zoneId, catalogue);
        Sector s = params.choice("sector", sector, Sector.class, false, false);
        QueryParams.Window w = params.window(from, to);
        params.check();
        return series.series(m, g, zone, s, w.from(), w.to());
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live feed (server-sent events): the national totals on connect, then after every applied "
            + "batch that changed them, with the ids of the zones it changed; a ':keep-alive' comment line every "
            + "reporting.live.keep-alive (20 s) keeps idle connections open through proxies")
    @APIResponse(responseCode = "200", description = "One JSON LiveUpdate per data: line",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = LiveUpdate.class)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        OutboundSseEvent ended = sse.newEventBuilder().comment("ended").build(); // marks the end of the updates
        Multi<OutboundSseEvent> updates = live.subscribe().map(update -> sse.newEventBuilder()
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(LiveUpdate.class, update).build())
                .onCompletion().continueWith(ended);
        Multi<OutboundSseEvent> keepAlives = Multi.createFrom().ticks().every(liveFeed.keepAlive()).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // the response ends with the updates (e.g. on shutdown), not kept open by the keep-alives
        return Multi.createBy().merging().streams(updates, keepAlives).select().first(event -> event != ended);
    }
}
