package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import az.industry.contracts.security.RoleNames;
import az.industry.infra.bench.BenchSettings;

/** The usage of ./platform names every verb it dispatches, each with the options that verb accepts, and every role. */
class PlatformCliTest {

    @TempDir
    Path home;

    @Test
    void theUsageListsEveryVerbWithItsOptions() {
        PlatformCli cli = new PlatformCli(home);
        List<String> verbs = new ArrayList<>();
        cli.verbs().forEach(verbs::add);
        assertEquals(List.of("up", "down", "status", "token", "open", "dashboard", "rebuild", "demo", "bench"), verbs);
        String usage = cli.usage();
        for (String verb : verbs) {
            assertTrue(usage.contains(System.lineSeparator() + "  " + verb), verb + " in " + usage);
        }
        assertTrue(usage.contains("  token " + LocalTokens.USAGE), usage);
        assertTrue(usage.contains("  open " + LocalTokens.USAGE), usage);
        assertTrue(usage.contains("  dashboard " + SignInLinks.DASHBOARD_USAGE), usage);
        assertTrue(usage.contains("  bench " + BenchSettings.OPTIONS), usage);
        assertTrue(usage.contains(BenchSettings.ENVIRONMENT), usage);
        RoleNames.ALL.forEach(role -> assertTrue(usage.contains(role), role + " in " + usage));
        ServiceSpec.PROCESSES.forEach(spec -> assertTrue(usage.contains(spec.portVariable()), spec.portVariable() + " in " + usage));
    }
}
