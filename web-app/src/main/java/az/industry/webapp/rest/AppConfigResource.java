package az.industry.webapp.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import az.industry.webapp.config.WebAppConfig;

/** Tells the page how people sign in here: through an OIDC provider, or with a link that carries a token. */
@Path("/app-config")
public class AppConfigResource {

    /** What the page needs to know before it signs anyone in. */
    public record AppConfig(Oidc oidc) {
    }

    /** The provider's issuer and the public client (authorization code flow with PKCE). */
    public record Oidc(String issuer, String clientId, String scope) {
    }

    @Inject
    WebAppConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AppConfig get() {
        WebAppConfig.Oidc oidc = config.oidc();
        return new AppConfig(oidc.issuer().map(issuer -> new Oidc(issuer, oidc.clientId(), oidc.scope())).orElse(null));
    }
}
