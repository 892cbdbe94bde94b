package az.industry.reporting.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.common.security.Roles;
import az.industry.contracts.zone.ZoneCatalogue;
import az.industry.reporting.model.Metric;
import az.industry.reporting.model.Names;
import az.industry.reporting.model.RecordFilter;
import az.industry.reporting.model.ReportFilter;
import az.industry.reporting.rest.csv.CsvBodyWriter;
import az.industry.reporting.service.CompanyQueries;
import az.industry.reporting.service.RecordQueries;
import az.industry.reporting.view.AnalyticsViews.CompaniesReport;
import az.industry.reporting.view.AnalyticsViews.ProductReport;
import az.industry.reporting.view.AnalyticsViews.RecordPage;
import az.industry.reporting.view.AnalyticsViews.RecordRow;

/** Managers' analytics: totals per company and per product, and the records behind any total, as JSON or CSV. */
@Path("/api/reports")
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
@Tag(name = "Reports")
@Produces({ MediaType.APPLICATION_JSON, CsvBodyWriter.CSV })
public class AnalyticsResource {

    /** Records a list page holds at most. */
    static final int MAX_PAGE = 500;
    /** The header that says how many voided records {@code includeVoided=true} lists besides the counted ones. */
    static final String VOIDED_COUNT = "X-Voided-Count";
    static final String INCLUDE_VOIDED = "true: list the voided records too (voided: true, with voidedAt, voidedBy and "
            + "voidReason), in the same order; they are not in X-Total-Count and X-Total-Azn, X-Voided-Count counts them";

    @Inject
    CompanyQueries companies;

    @Inject
    RecordQueries records;

    @Inject
    ZoneCatalogue catalogue;

    @Inject
    RecordsConfig config;

    @GET
    @Path("/companies")
    @Operation(summary = "Totals per company (investor, producer, exporter; names compared trimmed and case-folded, "
            + "shown as first recorded) with a counted record in the filter, largest production first; count is "
            + "over all of them, limit shows the first ones. 400 for a bad field, 422 for an unknown zoneId")
    public CompaniesReport companies(@BeanParam FilterParams filters,
            @QueryParam("limit") @Parameter(description = "show the first N companies (1-10000); count stays over all",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000")) String limit) {
        QueryParams params = new QueryParams();
        ReportFilter f = filters.read(params, catalogue);
        Integer n = params.integer("limit", limit, 1, 10_000, null);
        params.check();
        return companies.companies(f, n);
    }

    @GET
    @Path("/products")
    @Operation(summary = "Production per product and unit (compared trimmed and case-folded, shown as first "
            + "recorded): exact quantity, value and records, largest value first. 400 for a bad field, 422 for an "
            + "unknown zoneId")
    public List<ProductReport> products(@BeanParam FilterParams filters) {
        QueryParams params = new QueryParams();
        ReportFilter f = filters.read(params, catalogue);
        params.check();
        return companies.products(f);
    }

    @GET
    @Path("/records")
    @Operation(summary = "The records counted in a total, newest first (record date, then recording time, then id), "
            + "paged (size at most 500); X-Total-Count and X-Total-Azn are the count and AZN total of every matching "
            + "record, equal to the report with the same filter. CSV without page or size: every matching record "
            + "(at most reporting.records.csv-max-rows, else 400). Each shows who recorded it (recordedBy); with "
            + "includeVoided=true the voided ones too. 400 for a bad field, 422 for an unknown zoneId")
    @APIResponse(responseCode = "200", description = "A page of records", headers = {
            @Header(name = "X-Total-Count", description = "records matching the filter", schema = @Schema(type = SchemaType.INTEGER)),
            @Header(name = "X-Total-Azn", description = "their AZN total, 2 decimals", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = VOIDED_COUNT, description = "with includeVoided=true: the voided records matching the filter",
                    schema = @Schema(type = SchemaType.INTEGER)) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RecordRow.class)),
                    @Content(mediaType = CsvBodyWriter.CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response records(
            @QueryParam("metric") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "investment", "production", "exports" })) String metric,
            @BeanParam FilterParams filters,
            @QueryParam("country") @Parameter(description = "destination country (metric=exports only)") String country,
            @QueryParam("company") @Parameter(description = "investor, producer or exporter; compared trimmed and case-folded") String company,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) String size,
            @QueryParam("includeVoided") @Parameter(description = INCLUDE_VOIDED,
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String includeVoided,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        Metric m = params.choice("metric", metric, Metric.class, true, true);
        ReportFilter f = filters.read(params, catalogue);
        String c = params.country("country", country);
        if (c != null && m != null && m != Metric.EXPORTS) {
            params.invalid("country", "applies to metric=exports only");
        }
        String who = params.text("company", company, 1000);
        int p = params.integer("page", page, 0, Integer.MAX_VALUE / MAX_PAGE, 0);
        int n = params.integer("size", size, 1, MAX_PAGE, 50);
        boolean voided = params.flag("includeVoided", includeVoided);
        params.check();
        boolean csv = csv(headers);
        boolean all = csv && (page == null || page.isBlank()) && (size == null || size.isBlank());
        RecordPage result = records.records(new RecordFilter(m, f, c, Names.key(who), voided), all ? 0 : p,
                all ? config.csvMaxRows() : n);
        if (all && result.total() + result.voided() > config.csvMaxRows()) {
            params.invalid("size", "more than " + config.csvMaxRows() + " records match: page with page and size, "
                    + "or narrow the filter");
            params.check();
        }
        Response.ResponseBuilder answer = Response.ok(new GenericEntity<List<RecordRow>>(result.rows()) {
        }, csv ? CsvBodyWriter.CSV_TYPE : MediaType.APPLICATION_JSON_TYPE).header("X-Total-Count", result.total())
                .header("X-Total-Azn", result.totalAzn().toPlainString());
        return voided ? answer.header(VOIDED_COUNT, result.voided()).build() : answer.build();
    }

    /** Whether the answer will be CSV: the most preferred acceptable type is text/csv. */
    private static boolean csv(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(CsvBodyWriter.CSV_TYPE);
    }
}
