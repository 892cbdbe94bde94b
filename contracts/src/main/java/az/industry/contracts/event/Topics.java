package az.industry.contracts.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kafka topic names, as constants for annotations and configuration. */
public final class Topics {

    public static final String INVESTMENTS = "industry.investments.v1";
    public static final String PRODUCTION = "industry.production.v1";
    public static final String EXPORTS = "industry.exports.v1";
    /** Where reporting-service parks events it cannot apply, with the reason in headers. */
    public static final String REPORTING_DEAD_LETTER = "industry.reporting.dlq.v1";

    /** Partitions each record topic is created with; ordering holds per zone (the key). */
    public static final int DEFAULT_PARTITIONS = 3;
    /** Partitions of the dead-letter topic: few events, read by people in order. */
    public static final int DEAD_LETTER_PARTITIONS = 1;

    /** Every topic the platform needs with its partition count, in a stable order: what deployments create. */
    public static Map<String, Integer> partitionsByTopic() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            topics.put(kind.topic(), DEFAULT_PARTITIONS);
        }
        topics.put(REPORTING_DEAD_LETTER, DEAD_LETTER_PARTITIONS);
        return topics;
    }

    /** The three record topics, in {@link RecordKind} order: what reporting consumes. */
    public static List<String> recordTopics() {
        return List.of(RecordKind.values()).stream().map(RecordKind::topic).toList();
    }

    private Topics() {
    }
}
