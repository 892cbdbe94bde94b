package az.industry.infra;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The configuration {@code ./platform up} gives the processes it starts: token verification and, for the web app, its upstreams. */
final class ServiceEnvironment {

    private final Installation installation;

    ServiceEnvironment(Installation installation) {
        this.installation = installation;
    }

    /**
     * Configuration a service gets from the local installation: where its token verification key is and, for
     * reporting-service, the web app's address its {@code /} redirects to (this installation's {@code WEB_PORT}).
     */
    Map<String, String> service(ServiceSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        String issuer = Installation.env("OIDC_ISSUER", null); // a Keycloak realm (deploy/keycloak) instead of the local key pair
        if (issuer != null) {
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", issuer + "/protocol/openid-connect/certs");
            env.put("MP_JWT_VERIFY_ISSUER", issuer);
        } else {
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", installation.keys().resolve(Jwt.PUBLIC_KEY_FILE).toUri().toString());
            env.put("MP_JWT_VERIFY_ISSUER", Jwt.LOCAL_ISSUER);
        }
        if (spec.name().equals("reporting")) {
            env.put("REPORTING_WEB_APP_URL", webAppUrl());
        }
        return env;
    }

    /** The web app's address for a person on this machine, e.g. http://localhost:8080/. */
    String webAppUrl() {
        return "http://localhost:" + installation.servicePort(ServiceSpec.WEB_APP) + "/";
    }

    /** Where the web app finds each service: this installation's ports on loopback. */
    Map<String, String> webApp() {
        Map<String, String> env = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            env.put("WEBAPP_UPSTREAM_" + spec.name().toUpperCase(Locale.ROOT),
                    "http://" + Ports.LOOPBACK + ":" + installation.servicePort(spec));
        }
        if (Installation.env("OIDC_ISSUER", null) != null) { // the page then signs in there (authorization code flow with PKCE)
            env.put("WEBAPP_OIDC_ISSUER", Installation.env("OIDC_ISSUER", null));
            env.put("WEBAPP_OIDC_CLIENT_ID", Installation.env("OIDC_CLIENT_ID", "industry-web"));
        }
        return env;
    }
}
