package az.industry.reporting.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code reporting.web-app.*}: where the platform's one front end, the web app, lives. */
@ConfigMapping(prefix = "reporting.web-app")
public interface FrontDoorConfig {

    /**
     * The web app's address, sent as given in the {@code Location} of the redirect from {@code /} (an absolute URL,
     * or a path such as {@code /} resolved by the browser against the address it used).
     */
    @WithDefault("http://localhost:8080/")
    String url();
}
