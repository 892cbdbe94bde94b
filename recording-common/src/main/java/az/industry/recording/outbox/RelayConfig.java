package az.industry.recording.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code outbox.relay.*}: how the relay claims, waits and backs off. */
@ConfigMapping(prefix = "outbox.relay")
public interface RelayConfig {

    /** Rows claimed, sent and deleted per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for a wake-up before it looks at the outbox anyway. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** The longest pause between two attempts while Kafka is unreachable (the pause doubles from 100 ms). */
    @WithDefault("PT5S")
    Duration maxBackoff();

    /** False: no relay in this process (events wait in the outbox; tests use it to crash after the 201). */
    @WithDefault("true")
    boolean enabled();
}
