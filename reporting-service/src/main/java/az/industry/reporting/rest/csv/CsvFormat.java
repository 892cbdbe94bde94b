package az.industry.reporting.rest.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code ?format=csv} / {@code ?format=json} on a report chooses its media type as an {@code Accept} header
 * would (another value is left for the resource to refuse, after authentication); a CSV answer is a download
 * ({@code Content-Disposition: attachment; filename="national.csv"}).
 */
public class CsvFormat {

    static final String REPORTS = "/api/reports/";

    @ServerRequestFilter(preMatching = true)
    public void accept(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || !path.startsWith(REPORTS)) {
            return;
        }
        if (format.trim().equalsIgnoreCase("csv")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CsvBodyWriter.CSV);
        } else if (format.trim().equalsIgnoreCase("json")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    @ServerResponseFilter
    public void download(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 200 && type != null && type.isCompatible(CsvBodyWriter.CSV_TYPE)
                && path.startsWith(REPORTS)) {
            response.getHeaders().putSingle("Content-Disposition",
                    "attachment; filename=\"" + fileName(path) + "\"");
        }
    }

    /** {@code /api/reports/zones/ganja-industrial-park} is {@code zones-ganja-industrial-park.csv}. */
    static String fileName(String path) {
        String name = path.substring(REPORTS.length()).replaceAll("/+$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        return (name.isEmpty() ? "report" : name) + ".csv";
    }
}
