package az.industry.contracts.http;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one route table of the platform: which service owns which {@code /api} prefix. The web app's proxy and the
 * Kubernetes Ingress are both built from it (DeploymentManifestsTest checks the Ingress against it).
 */
public final class ApiRoutes {

    public static final String INVESTMENT_SERVICE = "investment-service";
    public static final String PRODUCTION_SERVICE = "production-service";
    public static final String EXPORT_SERVICE = "export-service";
    public static final String REPORTING_SERVICE = "reporting-service";
    /** Where everything that is not under one of the prefixes goes: the page. */
    public static final String WEB_APP = "web-app";

    /** Prefix to service, longest prefix first (so a longer one wins over a shorter one it starts with). */
    private static final Map<String, String> SERVICE_BY_PREFIX = longestFirst(Map.of(
            "/api/investments", INVESTMENT_SERVICE,
            "/api/production", PRODUCTION_SERVICE,
            "/api/exports", EXPORT_SERVICE,
            "/api/reports", REPORTING_SERVICE,
            "/api/admin", REPORTING_SERVICE,
            // who the caller is, as reporting verifies the token (the page shapes its menus from it)
            "/api/me", REPORTING_SERVICE,
            // every service answers these; one copy behind the front door is enough, and reporting's is as good as any
            "/api/meta", REPORTING_SERVICE,
            "/api/zones", REPORTING_SERVICE,
            "/api/currencies", REPORTING_SERVICE));

    /** Every prefix with the service that owns it, longest prefix first. */
    public static Map<String, String> serviceByPrefix() {
        return SERVICE_BY_PREFIX;
    }

    /** The services the table names, sorted. */
    public static Set<String> services() {
        return new TreeSet<>(SERVICE_BY_PREFIX.values());
    }

    /**
     * The service that owns {@code path} (a request path without its query), matched element by element as a
     * Kubernetes {@code Prefix} path: {@code /api/me} owns {@code /api/me} and {@code /api/me/x}, not {@code /api/meta}.
     */
    public static Optional<String> serviceOf(String path) {
        for (Map.Entry<String, String> e : SERVICE_BY_PREFIX.entrySet()) {
            if (matches(e.getKey(), path)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code prefix} covers {@code path} as an Ingress {@code Prefix} path does. */
    public static boolean matches(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static Map<String, String> longestFirst(Map<String, String> table) {
        Map<String, String> ordered = new LinkedHashMap<>();
        table.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(prefix -> ordered.put(prefix, table.get(prefix)));
        return Collections.unmodifiableMap(ordered);
    }

    private ApiRoutes() {
    }
}
