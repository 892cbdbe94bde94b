package az.industry.webapp.proxy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import az.industry.webapp.config.WebAppConfig;

/**
 * Which service's address each {@code /api/...} path goes to: contracts' one route table
 * ({@link az.industry.contracts.http.ApiRoutes}, the same the Kubernetes Ingress routes by), longest prefix first,
 * each service name resolved to its configured upstream.
 */
public final class ApiRoutes {

    private final Map<String, URI> byPrefix = new LinkedHashMap<>();

    /** Fails when the table names a service this app has no upstream for (a new service needs its setting). */
    public ApiRoutes(WebAppConfig.Upstreams upstreams) {
        az.industry.contracts.http.ApiRoutes.serviceByPrefix()
                .forEach((prefix, service) -> byPrefix.put(prefix, upstreamOf(upstreams, service)));
    }

    /** The service for {@code path}, or {@code null} when no service owns it. */
    public URI upstreamOf(String path) {
        for (Map.Entry<String, URI> e : byPrefix.entrySet()) {
            if (az.industry.contracts.http.ApiRoutes.matches(e.getKey(), path)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static URI upstreamOf(WebAppConfig.Upstreams upstreams, String service) {
        return switch (service) {
            case az.industry.contracts.http.ApiRoutes.INVESTMENT_SERVICE -> upstreams.investment();
            case az.industry.contracts.http.ApiRoutes.PRODUCTION_SERVICE -> upstreams.production();
            case az.industry.contracts.http.ApiRoutes.EXPORT_SERVICE -> upstreams.export();
            case az.industry.contracts.http.ApiRoutes.REPORTING_SERVICE -> upstreams.reporting();
            default -> throw new IllegalStateException("no webapp.upstream setting for " + service);
        };
    }
}
