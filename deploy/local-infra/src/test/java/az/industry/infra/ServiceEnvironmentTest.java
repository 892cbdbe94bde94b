package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ./platform up gives each process: reporting-service learns the web app's address (WEB_PORT) for its redirect. */
class ServiceEnvironmentTest {

    @TempDir
    Path home;

    @Test
    void reportingRedirectsToThisInstallationsWebAppAndNoOtherServiceIsToldOfIt() {
        Installation installation = new Installation(home);
        ServiceEnvironment environment = new ServiceEnvironment(installation);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Map<String, String> env = environment.service(spec);
            assertEquals(Jwt.LOCAL_ISSUER, env.get("MP_JWT_VERIFY_ISSUER"), spec.module());
            if (spec.name().equals("reporting")) {
                assertEquals("http://localhost:" + installation.servicePort(ServiceSpec.WEB_APP) + "/", env.get("REPORTING_WEB_APP_URL"));
            } else {
                assertFalse(env.containsKey("REPORTING_WEB_APP_URL"), spec.module());
            }
        }
    }
}
