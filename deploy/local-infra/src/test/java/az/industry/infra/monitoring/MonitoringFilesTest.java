package az.industry.infra.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * deploy/monitoring: the alert rules pass {@code promtool check rules} and their unit tests ({@code promtool test
 * rules}: each alert fires on the series that should raise it), where Debian's prometheus package is installed;
 * the Grafana dashboard and the rules use only metrics the services expose.
 */
class MonitoringFilesTest {

    static final Path MONITORING = root().resolve("deploy/monitoring");
    /** What the services expose on /q/metrics that the dashboard and the rules may use (prefixes of series names). */
    static final Set<String> EXPOSED = Set.of("records_accepted_total", "http_problems_total", "outbox_backlog_size",
            "outbox_backlog_age_seconds", "outbox_published", "kafka_consumer_fetch_manager_records_lag_max",
            "reporting_events_applied_total", "reporting_events_dead_lettered_total", "http_server_requests_seconds_bucket",
            "http_server_requests_seconds_count");
    static final Pattern METRIC = Pattern.compile("\\b([a-z][a-z0-9_]*_(?:total|size|seconds|published|max|bucket|count))\\b");

    @Test
    void theAlertRulesAreValidAndTheirTestsPass() throws Exception {
        Path promtool = Stream.of("/usr/bin/promtool", "/usr/local/bin/promtool").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(promtool != null, "skipped: promtool is missing (Debian package prometheus; .ci/run installs it)");
        assertEquals("", run(promtool, "check", "rules", "alerts.yaml"));
        assertEquals("", run(promtool, "test", "rules", "alerts-test.yaml"));
    }

    @Test
    void theDashboardAndTheRulesUseOnlyMetricsTheServicesExpose() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
        Set<String> used = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(panel.path("targets").size() > 0, panel.path("title") + " has a query");
            panel.path("targets").forEach(t -> used.addAll(metrics(t.path("expr").asText())));
        }
        used.addAll(metrics(Files.readString(MONITORING.resolve("alerts.yaml"))));
        assertTrue(used.size() >= 8, "the dashboard and rules read the platform's metrics: " + used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(EXPOSED);
        assertEquals(Set.of(), unknown, "metrics no service exposes");
    }

    private static List<String> metrics(String text) {
        Matcher m = METRIC.matcher(text);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Runs promtool in deploy/monitoring: "" when it succeeded, else its output. */
    private static String run(Path promtool, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(MONITORING.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool finished");
        System.out.println("[monitoring] promtool " + String.join(" ", args) + ":\n" + out.strip());
        return p.exitValue() == 0 ? "" : out;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/monitoring"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "the repository root above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
