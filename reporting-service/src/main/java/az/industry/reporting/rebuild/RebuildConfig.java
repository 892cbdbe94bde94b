package az.industry.reporting.rebuild;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code reporting.rebuild.*}: how a rebuild replays the topics. */
@ConfigMapping(prefix = "reporting.rebuild")
public interface RebuildConfig {

    /** Events applied per transaction while replaying. */
    @WithDefault("5000")
    int batchSize();

    /** A rebuild that has not caught up with the topics' ends by then fails (the projections stay as they were). */
    @WithDefault("PT30M")
    Duration timeout();
}
