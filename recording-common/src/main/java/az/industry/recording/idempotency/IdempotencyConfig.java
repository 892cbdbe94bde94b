package az.industry.recording.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code idempotency.*}: how long an Idempotency-Key is kept, and how often the expired ones are purged. */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** A key older than this is forgotten: sent again, it records anew. */
    @WithDefault("P30D")
    Duration retention();

    /** How often the purge runs (a Quarkus scheduler interval, e.g. {@code 1h}). */
    @WithDefault("1h")
    String purgeEvery();

    /** How long after start the first purge runs. */
    @WithDefault("5m")
    String purgeDelay();
}
