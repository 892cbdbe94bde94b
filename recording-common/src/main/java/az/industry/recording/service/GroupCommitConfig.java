package az.industry.recording.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How single-record POSTs are coalesced into shared transactions ({@code records.group-commit.*}). */
@ConfigMapping(prefix = "records.group-commit")
public interface GroupCommitConfig {

    /** Threads that commit groups; each holds one database connection while it commits. */
    @WithDefault("2")
    int committers();

    /** The most writes one transaction takes. */
    @WithDefault("500")
    int maxGroup();

    /** Writes that may wait for a committer; beyond that a POST gets 503 with Retry-After. */
    @WithDefault("20000")
    int queueCapacity();

    /** How long a POST waits for its group's commit before it gives up with 503 (the write may still land). */
    @WithDefault("PT30S")
    Duration timeout();
}
