package az.industry.webapp.config;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web app's settings: where each service lives (for the local API proxy) and how people sign in. */
@ConfigMapping(prefix = "webapp")
public interface WebAppConfig {

    /** The services behind {@code /api/...}, as the Ingress routes them in a cluster. */
    Upstreams upstream();

    /** Sign-in through an OIDC provider; absent locally, where {@code ./platform} links carry a token. */
    Oidc oidc();

    /** Whether this app forwards {@code /api/...} itself (locally) or an Ingress in front of it does. */
    @WithDefault("true")
    boolean proxyEnabled();

    /** Base URLs of the four services. */
    interface Upstreams {
        @WithDefault("http://127.0.0.1:8081")
        URI investment();

        @WithDefault("http://127.0.0.1:8082")
        URI production();

        @WithDefault("http://127.0.0.1:8083")
        URI export();

        @WithDefault("http://127.0.0.1:8084")
        URI reporting();
    }

    /** An OIDC provider's issuer (e.g. a Keycloak realm) and the public client the page signs in with. */
    interface Oidc {
        Optional<String> issuer();

        @WithDefault("industry-web")
        String clientId();

        @WithDefault("openid")
        String scope();
    }
}
