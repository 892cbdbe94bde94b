package az.industry.webapp.proxy;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

import az.industry.webapp.config.WebAppConfig;

/**
 * Forwards {@code /api/...} to the service that owns the path (Vert.x HTTP proxy, bodies and the SSE feed
 * streamed through), so the page talks to one origin locally as it does behind the cluster's Ingress.
 */
@ApplicationScoped
public class ApiProxy {

    @Inject
    WebAppConfig config;

    void route(@Observes Router router, Vertx vertx) {
        if (!config.proxyEnabled()) {
            return;
        }
        UpstreamRoutes routes = new UpstreamRoutes(config.upstream());
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(64).setKeepAlive(true)));
        proxy.originSelector(request -> {
            URI upstream = routes.upstreamOf(request.path());
            return upstream == null
                    ? Future.failedFuture("no service for " + request.path())
                    : Future.succeededFuture(SocketAddress.inetSocketAddress(upstream.getPort(), upstream.getHost()));
        });
        router.route("/api/*").order(-100).handler(rc -> {
            if (routes.upstreamOf(rc.request().path()) == null) {
                rc.next();
                return;
            }
            proxy.handle(rc.request());
        });
    }
}
