package az.industry.infra.bench;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The running platform as {@code ./platform} knows it: Kafka, PostgreSQL, ports, pids (read when asked), tokens, restart, scratch data. */
public record BenchTarget(String kafka, String postgresJdbcUrl, String postgresUser, Function<String, Integer> ports,
        Function<String, String> tokens, Supplier<Map<String, Long>> pids, Runnable restartServices, String dataDir,
        boolean scratchData) {
}
