package az.industry.webapp.proxy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import az.industry.contracts.http.ApiRoutes;
import az.industry.webapp.config.WebAppConfig;

/**
 * Which service's address each {@code /api/...} path goes to: contracts' one route table ({@link ApiRoutes}, the same
 * the Kubernetes Ingress routes by) with each service name resolved to its configured upstream.
 */
public final class UpstreamRoutes {

    private final Map<String, URI> byService = new HashMap<>();

    /** Fails when the table names a service this app has no upstream for (a new service needs its setting). */
    public UpstreamRoutes(WebAppConfig.Upstreams upstreams) {
        for (String service : ApiRoutes.services()) {
            byService.put(service, upstreamOf(upstreams, service));
        }
    }

    /** The service for {@code path}, or {@code null} when no service owns it. */
    public URI upstreamOf(String path) {
        return ApiRoutes.serviceOf(path).map(byService::get).orElse(null);
    }

    private static URI upstreamOf(WebAppConfig.Upstreams upstreams, String service) {
        return switch (service) {
            case ApiRoutes.INVESTMENT_SERVICE -> upstreams.investment();
            case ApiRoutes.PRODUCTION_SERVICE -> upstreams.production();
            case ApiRoutes.EXPORT_SERVICE -> upstreams.export();
            case ApiRoutes.REPORTING_SERVICE -> upstreams.reporting();
            default -> throw new IllegalStateException("no webapp.upstream setting for " + service);
        };
    }
}
