package az.industry.infra.bench;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The running platform as {@code ./platform} knows it: Kafka, PostgreSQL, each service's port and pid, tokens, how to
 * restart the services, and whether its data directory is a scratch one ({@code --big} leaves its records there).
 *
 * @param pids service name → pid of its JVM, read when asked (a restart changes them)
 */
public record BenchTarget(String kafka, String postgresJdbcUrl, String postgresUser, Function<String, Integer> ports,
        Function<String, String> tokens, Supplier<Map<String, Long>> pids, Runnable restartServices, String dataDir,
        boolean scratchData) {
}
