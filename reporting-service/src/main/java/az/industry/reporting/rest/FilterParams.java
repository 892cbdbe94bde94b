package az.industry.reporting.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import az.industry.contracts.zone.Sector;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.model.ReportFilter;

/** The report filters as query parameters ({@code from}, {@code to}, {@code zoneId}, {@code sector}) and {@code format}. */
public class FilterParams {

    @QueryParam("from")
    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = ReportResource.DATE)
    public String from;

    @QueryParam("to")
    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"), description = ReportResource.DATE)
    public String to;

    @QueryParam("zoneId")
    @Parameter(description = "a zone of the catalogue (422 if unknown)")
    public String zoneId;

    @QueryParam("sector")
    @Parameter(schema = @Schema(implementation = Sector.class))
    public String sector;

    @QueryParam("format")
    @Parameter(description = ReportResource.FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" }))
    public String format;

    /** The filters, each bad one (and a bad format) a violation collected in {@code params}. */
    ReportFilter read(QueryParams params, ZoneCatalogue catalogue) {
        params.format(format);
        QueryParams.Window w = params.window(from, to);
        String zone = params.zone("zoneId", zoneId, catalogue);
        Sector s = params.choice("sector", sector, Sector.class, false, false);
        return new ReportFilter(w.from(), w.to(), zone, s);
    }
}
