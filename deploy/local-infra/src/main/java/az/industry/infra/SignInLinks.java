package az.industry.infra;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import az.industry.contracts.security.RoleNames;

/** {@code ./platform token}, {@code open} and {@code dashboard}: a bearer token of this installation, or the web app's address signed in with one. */
final class SignInLinks {

    /** What {@code dashboard} accepts: a token's options, the role {@value RoleNames#MANAGER} unless {@code --role} names another. */
    static final String DASHBOARD_USAGE = "[--role ROLE] [--zones id1,id2] [--subject NAME] [--ttl 8h]";

    private final Installation installation;

    SignInLinks(Installation installation) {
        this.installation = installation;
    }

    /** {@code token --role ROLE [--zones id1,id2] [--subject NAME] [--ttl 8h]}: a token signed with this installation's key. */
    String token(String[] args) {
        return new LocalTokens(installation.keys()).mint("token", args);
    }

    /** Role → a token for every zone living {@code ttl} (e.g. "8h"), each minted once on first use. */
    Function<String, String> tokensForEveryZone(String ttl) {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        String zones = String.join(",", DemoLoader.allZones());
        return role -> tokens.computeIfAbsent(role, r -> token(new String[] { "--role", r, "--zones", zones, "--ttl", ttl }));
    }

    /** {@code dashboard [--zones id1,id2] [--subject NAME] [--ttl 8h]}: the web app's address signed in as a manager (see {@link #signInLink}). */
    String dashboardLink(String[] args) {
        String[] tokenArgs = Stream.concat(Stream.of("--role", RoleNames.MANAGER), Stream.of(args)).toArray(String[]::new);
        return signInLink("dashboard", tokenArgs);
    }

    /**
     * {@code open --role ROLE [--zones id1,id2] [--subject NAME] [--ttl 8h]}: the web app's address signed in as that
     * person (subject {@code ROLE@local} unless given), e.g. an operator to enter production for their zones.
     */
    String openLink(String[] args) {
        return signInLink("open", args);
    }

    /**
     * The web app's address with a token for {@code tokenArgs} in its fragment ({@code #token=}), which signs the
     * browser in once and never reaches a server log.
     */
    private String signInLink(String verb, String[] tokenArgs) {
        if (Installation.env("OIDC_ISSUER", null) != null) { // the services accept only the provider's tokens: the page signs in there
            return "http://localhost:" + installation.servicePort(ServiceSpec.WEB_APP) + "/";
        }
        String token = new LocalTokens(installation.keys()).mint(verb, tokenArgs);
        return "http://localhost:" + installation.servicePort(ServiceSpec.WEB_APP) + "/#token=" + token;
    }
}
