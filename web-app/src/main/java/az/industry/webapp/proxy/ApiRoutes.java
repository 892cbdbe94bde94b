package az.industry.webapp.proxy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import az.industry.webapp.config.WebAppConfig;

/** Which service owns which {@code /api/...} path: the same routing the Kubernetes Ingress does. */
public final class ApiRoutes {

    private final Map<String, URI> byPrefix = new LinkedHashMap<>();

    public ApiRoutes(WebAppConfig.Upstreams upstreams) {
        byPrefix.put("/api/investments", upstreams.investment());
        byPrefix.put("/api/production", upstreams.production());
        byPrefix.put("/api/exports", upstreams.export());
        byPrefix.put("/api/reports", upstreams.reporting());
        byPrefix.put("/api/admin", upstreams.reporting());
        // who the caller is, as reporting verified the token (the page shapes its menus from it)
        byPrefix.put("/api/me", upstreams.reporting());
        // every service serves the zone catalogue and the currency rates; reporting's copy is as good as any
        byPrefix.put("/api/zones", upstreams.reporting());
        byPrefix.put("/api/currencies", upstreams.reporting());
    }

    /** The service for {@code path}, or {@code null} when no service owns it. */
    public URI upstreamOf(String path) {
        for (Map.Entry<String, URI> e : byPrefix.entrySet()) {
            String prefix = e.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?")) {
                return e.getValue();
            }
        }
        return null;
    }
}
