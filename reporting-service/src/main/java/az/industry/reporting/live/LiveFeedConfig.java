package az.industry.reporting.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code reporting.live.*}: the live feed's keep-alive. */
@ConfigMapping(prefix = "reporting.live")
public interface LiveFeedConfig {

    /** How often an idle feed sends a comment line, so proxies keep the connection open. */
    @WithDefault("PT20S")
    Duration keepAlive();
}
