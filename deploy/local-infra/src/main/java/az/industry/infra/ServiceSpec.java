package az.industry.infra;

import java.util.List;
import java.util.stream.Stream;

/** One of the platform's processes: its module, HTTP port variable and database (none for the web app). */
public record ServiceSpec(String name, String module, String portVariable, int defaultPort, String database) {

    /** The four services, each with its own database. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("investment", "investment-service", "INVESTMENT_PORT", 8081, "investment"),
            new ServiceSpec("production", "production-service", "PRODUCTION_PORT", 8082, "production"),
            new ServiceSpec("export", "export-service", "EXPORT_PORT", 8083, "export"),
            new ServiceSpec("reporting", "reporting-service", "REPORTING_PORT", 8084, "reporting"));

    /** The web app: the one address for every person; it forwards {@code /api/...} to the services. */
    public static final ServiceSpec WEB_APP = new ServiceSpec("web", "web-app", "WEB_PORT", 8080, null);

    /** Everything {@code ./platform up} starts after Kafka and PostgreSQL, in start order. */
    public static final List<ServiceSpec> PROCESSES = Stream.concat(ALL.stream(), Stream.of(WEB_APP)).toList();

    public static ServiceSpec named(String name) {
        return PROCESSES.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }
}
