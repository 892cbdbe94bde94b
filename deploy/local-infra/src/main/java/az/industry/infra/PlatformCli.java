package az.industry.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import az.industry.contracts.security.RoleNames;
import az.industry.infra.bench.BenchSettings;

/** The {@code ./platform} command line: reads the verb and hands it, with its options, to the class that does it. */
public final class PlatformCli {

    /** A verb: what follows it on the command line, what it does (for the usage), and how. */
    private record Verb(String options, String description, Consumer<String[]> action) {
    }

    /** Every verb, in the order the usage lists them: the dispatch and the usage are both made from it. */
    private final Map<String, Verb> verbs = new LinkedHashMap<>();

    PlatformCli(Path home) {
        Installation installation = new Installation(home);
        PidFiles pids = new PidFiles(installation.run());
        PlatformUp up = new PlatformUp(installation, pids);
        PlatformDown down = new PlatformDown(installation, pids);
        PlatformStatus status = new PlatformStatus(installation, pids);
        SignInLinks signIn = new SignInLinks(installation);
        ApiCommands api = new ApiCommands(installation, signIn, status, () -> {
            down.stopServices();
            up.run();
        });
        verb("up", "", "start Kafka, PostgreSQL, the four services and the web app (whatever is not running yet)", o -> up.run());
        verb("down", "", "stop what ./platform up started", o -> down.run());
        verb("status", "", "whether each part is up, with its port and pid (exit status 3 unless all are)",
                o -> System.exit(status.run() ? 0 : 3));
        verb("token", LocalTokens.USAGE, "print a bearer token signed with this installation's key",
                o -> System.out.println(signIn.token(o)));
        verb("open", LocalTokens.USAGE, "print the web app's address signed in as that person",
                o -> System.out.println(signIn.openLink(o)));
        verb("dashboard", SignInLinks.DASHBOARD_USAGE, "print the web app's address signed in as a " + RoleNames.MANAGER
                + " (unless --role names another role)", o -> System.out.println(signIn.dashboardLink(o)));
        verb("rebuild", "", "rebuild every projection from the start of the topics (as " + RoleNames.ADMIN + ")", o -> api.rebuild());
        verb("demo", "", "load the published-figures scenario and print the headline figures", o -> api.demo());
        verb("bench", BenchSettings.OPTIONS, "measure the running platform and write the table into BENCHMARKS.md", api::bench);
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("platform.home", ".")).toAbsolutePath().normalize();
        String verb = args.length == 0 ? "help" : args[0];
        String[] options = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        PlatformCli cli = new PlatformCli(home);
        try {
            cli.run(verb, options);
        } catch (RuntimeException e) {
            System.err.println("platform " + verb + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Does {@code verb} with {@code options}; an unknown verb prints the usage and exits with status 2. */
    void run(String verb, String[] options) {
        Verb v = verbs.get(verb);
        if (v == null) {
            System.err.print(usage());
            System.exit(2);
            return;
        }
        v.action().accept(options);
    }

    /** Every verb with the options it accepts, the roles, and the environment variables that configure them. */
    String usage() {
        String nl = System.lineSeparator();
        StringBuilder usage = new StringBuilder("usage: ./platform VERB [OPTIONS]").append(nl);
        verbs.forEach((name, v) -> usage.append("  ").append(name).append(v.options().isEmpty() ? "" : " " + v.options()).append(nl)
                .append("      ").append(v.description()).append(nl));
        String ports = ServiceSpec.PROCESSES.stream().map(ServiceSpec::portVariable).collect(Collectors.joining(" "));
        return usage.append("ROLE: ").append(String.join(", ", LocalTokens.ROLES)).append(nl)
                .append("environment: PLATFORM_DATA_DIR KAFKA_PORT KAFKA_CONTROLLER_PORT POSTGRES_PORT ").append(ports)
                .append(" OIDC_ISSUER OIDC_CLIENT_ID").append(nl)
                .append("bench's environment: ").append(BenchSettings.ENVIRONMENT).append(nl).toString();
    }

    /** The verbs, in the order of the usage. */
    Iterable<String> verbs() {
        return verbs.keySet();
    }

    private void verb(String name, String options, String description, Consumer<String[]> action) {
        verbs.put(name, new Verb(options, description, action));
    }
}
