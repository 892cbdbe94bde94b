package az.industry.webapp.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import az.industry.contracts.http.ApiRoutes;
import az.industry.webapp.config.WebAppConfig;

/** Which service each /api path goes to: plain logic, tested without Quarkus. */
class UpstreamRoutesTest {

    static final URI INVESTMENT = URI.create("http://127.0.0.1:1");
    static final URI PRODUCTION = URI.create("http://127.0.0.1:2");
    static final URI EXPORT = URI.create("http://127.0.0.1:3");
    static final URI REPORTING = URI.create("http://127.0.0.1:4");

    final UpstreamRoutes routes = new UpstreamRoutes(new WebAppConfig.Upstreams() {
        @Override
        public URI investment() {
            return INVESTMENT;
        }

        @Override
        public URI production() {
            return PRODUCTION;
        }

        @Override
        public URI export() {
            return EXPORT;
        }

        @Override
        public URI reporting() {
            return REPORTING;
        }
    });

    @Test
    void eachServiceGetsItsOwnPaths() {
        assertEquals(INVESTMENT, routes.upstreamOf("/api/investments"));
        assertEquals(INVESTMENT, routes.upstreamOf("/api/investments/6f1c/void"));
        assertEquals(PRODUCTION, routes.upstreamOf("/api/production/batch"));
        assertEquals(EXPORT, routes.upstreamOf("/api/exports"));
        assertEquals(REPORTING, routes.upstreamOf("/api/reports/national"));
        assertEquals(REPORTING, routes.upstreamOf("/api/reports/stream"));
        assertEquals(REPORTING, routes.upstreamOf("/api/admin/rebuild"));
        assertEquals(REPORTING, routes.upstreamOf("/api/zones"));
        assertEquals(REPORTING, routes.upstreamOf("/api/currencies"));
        assertEquals(REPORTING, routes.upstreamOf("/api/me"));
        assertEquals(REPORTING, routes.upstreamOf("/api/meta"));
    }

    /** The proxy routes exactly contracts' table, which the Ingress is checked against too. */
    @Test
    void everyPrefixOfTheOneRouteTableGoesToItsServicesUpstream() {
        Map<String, URI> byService = Map.of("investment-service", INVESTMENT, "production-service", PRODUCTION,
                "export-service", EXPORT, "reporting-service", REPORTING);
        ApiRoutes.serviceByPrefix().forEach((prefix, service) -> {
            assertEquals(byService.get(service), routes.upstreamOf(prefix), prefix);
            assertEquals(byService.get(service), routes.upstreamOf(prefix + "/anything"), prefix + "/anything");
        });
    }

    @Test
    void aPathThatOnlyStartsLikeAServicesIsNotItsAndUnknownPathsGoNowhere() {
        assertNull(routes.upstreamOf("/api/investmentsX"));
        assertNull(routes.upstreamOf("/api/reportsfoo/national"));
        assertNull(routes.upstreamOf("/api/unknown"));
        assertNull(routes.upstreamOf("/api/meter"));
        assertNull(routes.upstreamOf("/api"));
        assertNull(routes.upstreamOf("/"));
    }
}
