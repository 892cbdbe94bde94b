package az.industry.infra;

import java.net.http.HttpResponse;
import java.util.List;

import az.industry.contracts.security.RoleNames;
import az.industry.infra.bench.Bench;
import az.industry.infra.bench.BenchSettings;
import az.industry.infra.bench.BenchTarget;

/** {@code ./platform demo}, {@code rebuild} and {@code bench}: the verbs that drive the running platform through its HTTP API. */
final class ApiCommands {

    private final Installation installation;
    private final SignInLinks signIn;
    private final PlatformStatus status;
    private final Runnable restartServices;

    /** {@code restartServices} stops the four services and starts them again (the bench's {@code --restart}). */
    ApiCommands(Installation installation, SignInLinks signIn, PlatformStatus status, Runnable restartServices) {
        this.installation = installation;
        this.signIn = signIn;
        this.status = status;
        this.restartServices = restartServices;
    }

    /** Loads the published-figures scenario through the public APIs and prints the headline figures. */
    void demo() {
        new DemoLoader(signIn.tokensForEveryZone("1h"), installation::servicePort).run();
    }

    /** Asks reporting-service (as admin) to rebuild every projection from the start of the topics. */
    void rebuild() {
        String token = signIn.token(new String[] { "--role", RoleNames.ADMIN, "--ttl", "10m" });
        HttpResponse<String> response = new PlatformHttp(installation::servicePort, role -> token)
                .post("reporting", "/api/admin/rebuild", RoleNames.ADMIN, null, null);
        System.out.println("rebuild: HTTP " + response.statusCode() + " " + response.body());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("reporting-service refused the rebuild");
        }
    }

    /**
     * {@code bench [--big] [--restart] | --soak}: measures the running platform beside baselines taken in the same run and
     * writes the table into BENCHMARKS.md (see {@link Bench}).
     */
    void bench(String[] args) {
        BenchSettings settings = BenchSettings.from(List.of(args), System.getenv(), installation.home().resolve("BENCHMARKS.md"));
        BenchTarget target = new BenchTarget(installation.kafkaBootstrap(), installation.jdbcUrl("postgres"), PostgresServer.USER,
                installation::servicePort, signIn.tokensForEveryZone("8h"), status::servicePids, restartServices,
                installation.data().toString(), installation.scratchData());
        try {
            new Bench(target, settings).run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
