package az.industry.infra;

import java.util.List;

/** One of the platform's four services: its module, HTTP port variable and database. */
public record ServiceSpec(String name, String module, String portVariable, int defaultPort, String database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("investment", "investment-service", "INVESTMENT_PORT", 8081, "investment"),
            new ServiceSpec("production", "production-service", "PRODUCTION_PORT", 8082, "production"),
            new ServiceSpec("export", "export-service", "EXPORT_PORT", 8083, "export"),
            new ServiceSpec("reporting", "reporting-service", "REPORTING_PORT", 8084, "reporting"));

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }
}
