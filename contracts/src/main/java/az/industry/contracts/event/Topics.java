package az.industry.contracts.event;

/** Kafka topic names, as constants for annotations and configuration. */
public final class Topics {

    public static final String INVESTMENTS = "industry.investments.v1";
    public static final String PRODUCTION = "industry.production.v1";
    public static final String EXPORTS = "industry.exports.v1";
    /** Where reporting-service parks events it cannot apply, with the reason in headers. */
    public static final String REPORTING_DEAD_LETTER = "industry.reporting.dlq.v1";

    /** Partitions each record topic is created with; ordering holds per zone (the key). */
    public static final int DEFAULT_PARTITIONS = 3;

    private Topics() {
    }
}
